package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.echotrace.model.Article;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteKind;
import org.echotrace.quotes.Mentions.Mention;
import org.echotrace.quotes.People.Kind;
import org.echotrace.quotes.Words.Token;

/**
 * Finds direct quotes in an article's clean text and attributes them to speakers. Hand-written: no Java library
 * finds quotes and their speakers for us (CoreNLP's QuoteAnnotator needs its full model stack and is GPL; OpenNLP has
 * nothing for it), and the task is mostly marks, a list of speech verbs and a few word orders.
 *
 * <p>Steps: {@link QuoteMarks} finds the quoted regions (straight, curly, guillemets, low-9, single marks when they are
 * not apostrophes; nested quotes stay inside the outer one; a quote over several paragraphs follows the convention of
 * re-opening each paragraph). {@link Sentences} splits the text outside quotes. Per sentence, in text order:
 * <ol>
 *   <li>The cue: a speech verb outside quotes in the quote's sentence ("said", "told", "according to", "adding").
 *       A quote that ends in a comma inside its marks ({@code “…,” he said}) takes the nearest cue after it; otherwise
 *       the nearest cue before it ({@code X said: “…”}, {@code X told journalists that “…”}) or after it.</li>
 *   <li>The mention: the noun phrase before a finite cue ("Kremlin spokesman Dmitry Peskov", "the spokesman", "he",
 *       "Brian Hughes, spokesman for the Council,"), or after it when the quote comes first ({@code “…,” said Peskov}),
 *       or after "according to"; for a participle ("…, saying “…”") the subject of the sentence.</li>
 *   <li>No cue in the sentence: a quote continues the last attributed quote of its paragraph ({@code “A,” he said.
 *       “B.”}), takes the cue of a previous sentence ending in a colon, or a whole-paragraph quote continues the
 *       speaker of the previous paragraph's quote.</li>
 *   <li>The speaker: a name resolves to the fullest earlier form of it ("Peskov" → "Dmitry Peskov", titles and roles
 *       stripped); a description ("the Kremlin spokesman") to the last person given that role; he/she to the subject
 *       of the sentence when it comes first, else to the last person who was a sentence subject or a speaker; a body
 *       ("the Kremlin said") is its own speaker, without the article.</li>
 * </ol>
 *
 * <p>{@link QuoteKind#TERM}: a quote of one to four words is a term (scare quotes, a title) when it follows
 * "so-called", "dubbed", "known as", "the word" or "the term", when it is a title after a preposition (on "This
 * Week,"), or when nothing attributes it: no cue before it in its sentence and none within {@value #TERM_CUE_DISTANCE}
 * tokens after it, or when it comes well after the mention of an earlier quote of its sentence ({@code “A,” said Biden,
 * urging critics to “give him time.”}) or, ending in no punctuation, leads in to a longer quote of its sentence and
 * mention ({@code Trump is a “total opportunist” and said “…”}). A programme title after a channel or a preposition
 * (NBC’s “Meet the Press.”) is a term of up to {@value #TITLE_WORDS} words. An attributed short quote stays a QUOTE
 * (Lavrov called him a "new half-Fuhrer"): the words are still put in someone's mouth.
 *
 * <p>Quotation marks around what is not words are not a quote: scraping artefacts such as "-----BEGIN
 * CERTIFICATE-----" or "***" ({@link ScrapingArtefacts#notSpeech}).
 *
 * <p>Thread-safe: no state is kept between calls.
 */
public final class QuoteFinder {
  /** Longest term in words: 4 (scare quotes are names for things; five words are usually a phrase someone said). */
  static final int TERM_WORDS = 4;
  /** A cue this many tokens or more after a short quote does not attribute it: it belongs to another clause. */
  static final int TERM_CUE_DISTANCE = 12;

  /** Words between a mention and a later short quote of its sentence that make the quote an aside. */
  static final int ASIDE_WORDS = 4;
  /** Longest programme title in words ("The Lead with Jake Tapper"). */
  static final int TITLE_WORDS = 6;
  private static final Set<String> TITLE_PREPOSITIONS = Words.WORDS.get("title-preposition");
  private static final Set<String> TITLE_FUNCTION_WORDS = Words.WORDS.get("title-function-word");
  private static final Set<String> TERM_MARKERS = Words.WORDS.get("term-marker");

  /** Finds the quotes of one article, in text order. */
  public List<Quote> find(Article article) {
    Objects.requireNonNull(article, "article");
    return new Run(article).quotes();
  }

  /** One call's working state. */
  private static final class Run {
    private final Article article;
    private final String text;
    private final List<QuoteMarks.Region> regions;
    private final int[] regionAt;
    private final List<int[]> sentences;
    private final List<int[]> paragraphs;
    private final People people = new People();
    private final Attribution[] attributions;
    private final Mentions mentions;

    Run(Article article) {
      this.article = article;
      this.text = article.text();
      this.regions = QuoteMarks.find(text);
      boolean none = regions.isEmpty(); // no quotation: nothing else is needed
      this.regionAt = none ? new int[0] : new int[text.length()];
      Arrays.fill(regionAt, -1);
      for (int r = 0; r < regions.size(); r++) {
        QuoteMarks.Region g = regions.get(r);
        for (int i = g.open(); i <= Math.min(g.close(), text.length() - 1); i++) regionAt[i] = r;
      }
      this.sentences = none ? List.of() : Sentences.split(text, regionAt);
      this.paragraphs = none ? List.of() : QuoteMarks.paragraphs(text);
      this.mentions = new Mentions(text, regionAt, sentences, people);
      this.attributions = new Attribution[regions.size()];
    }

    List<Quote> quotes() {
      if (regions.isEmpty()) return List.of(); // no quotation mark: nothing to attribute
      List<List<Token>> tokens = new ArrayList<>(sentences.size());
      for (int[] s : sentences) tokens.add(Words.tokens(text, s[0], s[1], regionAt));
      for (List<Token> sentence : tokens) people.scan(sentence);
      for (int si = 0; si < sentences.size(); si++) {
        List<Token> own = tokens.get(si);
        Mention subject = mentions.subject(own);
        String subjectPerson = subject == null ? null : subject.person();
        for (Token t : own) {
          if (t.type() != Words.Type.QUOTE || regions.get(t.region()).open() != t.start()) continue;
          attributions[t.region()] = attribute(t.region(), si, subject);
        }
        String speaker = null;
        for (Token t : own) {
          Attribution a = t.type() == Words.Type.QUOTE ? attributions[t.region()] : null;
          if (a != null && a.mention != null && a.mention.person() != null) speaker = a.mention.person();
        }
        if (subjectPerson != null) mentions.setSalient(subjectPerson);
        if (speaker != null) mentions.setSalient(speaker);
        if (subject != null && subject.kind() == Kind.BODY) mentions.lastBody = subject.speaker();
      }
      List<Quote> out = new ArrayList<>();
      for (int r = 0; r < regions.size(); r++) {
        Quote q = quote(r);
        if (!ScrapingArtefacts.notSpeech(q.text())) out.add(q);
      }
      return out;
    }

    // ------------------------------------------------------------------------------------------------ building

    private Quote quote(int r) {
      QuoteMarks.Region g = regions.get(r);
      StringBuilder words = new StringBuilder();
      for (int[] piece : g.pieces()) {
        if (words.length() > 0) words.append(' ');
        words.append(text, piece[0], piece[1]);
      }
      String quoted = words.toString(); // one piece: exactly text[start, end); several: pieces joined by one space
      Attribution a = attributions[r];
      boolean term = isTerm(r, quoted, a);
      if (term || a == null || a.mention == null) {
        return new Quote(article.id(), quoted, g.start(), g.end(), term ? QuoteKind.TERM : QuoteKind.QUOTE, null,
            null, -1, -1, term || a == null ? null : a.cue);
      }
      Mention m = a.mention;
      return new Quote(article.id(), quoted, g.start(), g.end(), QuoteKind.QUOTE, m.speaker(), m.text(), m.start(), m.end(),
          a.cue);
    }

    private boolean isTerm(int r, String quoted, Attribution a) {
      long words = Arrays.stream(quoted.split("[\\s—–]+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit))
          .count();
      QuoteMarks.Region g = regions.get(r);
      List<Token> before = Words.tokens(text, Math.max(0, g.open() - 30), g.open(), regionAt);
      int n = before.size();
      if (words <= TITLE_WORDS && showTitle(quoted, before)) return true;
      if (words > TERM_WORDS) return false;
      if (a != null && a.mention != null && (aside(r, a.mention) || leadIn(r, a.mention))) return true;
      if (n > 0 && TERM_MARKERS.contains(before.get(n - 1).lower()) && !"as".equals(before.get(n - 1).lower())) {
        return !(a != null && a.near && !before.get(n - 1).lower().startsWith("so"));
      }
      if (n > 1 && before.get(n - 1).is("as") && before.get(n - 2).is("known")) return true;
      // a title after a preposition: on “This Week,” in “Morning Joe”
      boolean titleCase = Arrays.stream(quoted.split("\\s+")).allMatch(w -> w.isEmpty()
          || !Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0)));
      if (titleCase && n > 0 && Set.of("on", "in", "at", "of", "from", "to").contains(before.get(n - 1).lower())
          && !quoted.matches(".*[.!?]$")) {
        return true;
      }
      if (n > 1 && before.get(n - 1).is("-") && before.get(n - 2).is("so")) return true;
      return a == null || a.mention == null || a.distance >= TERM_CUE_DISTANCE;
    }

    /**
     * A short quote further on in the sentence of a quote that its mention closed ({@code “A,” said Biden,
     * urging those calling for Sanders’ withdrawal to “give him time.”}): the writer's words around it are no speech,
     * so it is a term, not more of A. The quote must start at least {@value #ASIDE_WORDS} words after the mention.
     */
    private boolean aside(int r, Mention m) {
      QuoteMarks.Region g = regions.get(r);
      if (g.open() < m.end()) return false;
      int[] sentence = sentenceOf(g.open());
      boolean closed = false;
      for (int p = r - 1; p >= 0 && regions.get(p).open() >= sentence[0]; p--) {
        Attribution b = attributions[p];
        if (b != null && b.mention != null && b.mention.start() == m.start() && b.mention.end() == m.end()
            && regions.get(p).close() <= m.start() && endsInComma(regions.get(p))) {
          closed = true;
        }
      }
      if (!closed) return false;
      long words = Words.tokens(text, m.end(), g.open(), regionAt).stream().filter(Token::word).count();
      return words >= ASIDE_WORDS;
    }

    /**
     * A short scare-quoted phrase before a longer quote of the same sentence and mention ({@code he agrees Trump is a
     * “total opportunist” and said “the record is quite clear …”}): the phrase ends in no punctuation inside its marks,
     * and the later quote has more than {@value #TERM_WORDS} words; the phrase is the writer's, not more speech.
     */
    private boolean leadIn(int r, Mention m) {
      QuoteMarks.Region g = regions.get(r);
      if (g.close() <= 0 || g.close() > text.length() || ".,!?;:".indexOf(text.charAt(g.close() - 1)) >= 0) {
        return false;
      }
      int[] sentence = sentenceOf(g.open());
      for (int p = r + 1; p < regions.size() && regions.get(p).open() < sentence[1]; p++) {
        Attribution b = attributions[p];
        if (b == null || b.mention == null || b.mention.start() != m.start() || b.mention.end() != m.end()) continue;
        QuoteMarks.Region later = regions.get(p);
        String words = text.substring(later.start(), later.end()).strip();
        if (!words.isEmpty() && words.split("\\s+").length > TERM_WORDS) return true;
      }
      return false;
    }

    /** The quote's last character inside its marks is a comma, ! or ? ({@code “A,” he said}). */
    private boolean endsInComma(QuoteMarks.Region g) {
      return g.close() > 0 && g.close() < text.length() && ",!?".indexOf(text.charAt(g.close() - 1)) >= 0;
    }

    /**
     * A programme or work named after a channel's possessive or a preposition: NBC’s “Meet the Press.”, on CNN’s “State
     * of the Union”, told “Fox and Friends,”, in “The Revenant.” Every word capitalised but short function words, and no
     * ! or ? (a title may end the sentence, so a full stop is allowed).
     */
    private static boolean showTitle(String quoted, List<Token> before) {
      int n = before.size();
      if (n == 0 || !before.get(n - 1).word()) return false;
      Token last = before.get(n - 1);
      boolean possessive = last.capitalised() && People.stripPossessive(last.text()).length() < last.text().length();
      if (!possessive && !TITLE_PREPOSITIONS.contains(last.lower())) return false;
      String[] words = quoted.strip().replaceFirst("[.,:]$", "").split("\\s+");
      if (words.length == 0 || quoted.matches("(?s).*[!?;].*")) return false;
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) return false;
        if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) continue;
        if (i == 0 || i == words.length - 1 || !TITLE_FUNCTION_WORDS.contains(w)) return false;
      }
      // one capitalised word after a preposition can be a name said in passing; after a possessive it is a title
      return possessive || words.length > 1;
    }

    // ------------------------------------------------------------------------------------------------ attribution

    /** A cue and the mention it names; distance in tokens from the quote; near when the cue touches the quote. */
    private record Attribution(String cue, Mention mention, int distance, boolean near) {}

    private enum CueKind { FINITE, PARTICIPLE, ACCORDING }

    private record Cue(int index, int last, CueKind kind, String text) {}

    private Attribution attribute(int r, int si, Mention subject) {
      QuoteMarks.Region g = regions.get(r);
      int from = sentenceOf(g.open())[0], to = sentenceOf(Math.min(g.close(), text.length() - 1))[1];
      List<Token> toks = Words.tokens(text, from, to, regionAt);
      int qi = 0;
      while (qi < toks.size() && toks.get(qi).region() != r) qi++;
      List<Cue> cues = cues(toks);
      for (Cue cue : choose(toks, cues, qi, g)) {
        // the preferred cue first; when it names nobody ("…,” when asked whether …), the other side's cue
        Mention m = mention(toks, cues, cue, subject);
        if (m != null) {
          // a cue before the quote governs it across the clause ("Lavrov said, adding that ... find “some new
          // half-Fuhrer”"); a cue after it must be near to reach back over the sentence
          int distance = cue.index > qi ? cue.index - qi : 0;
          return new Attribution(cue.text, m, distance, distance <= 2 && cue.index > qi || qi - cue.last <= 2);
        }
      }
      if (qi > 0 && toks.get(qi - 1).is(":")) {
        // "McConnell delivered a blunt message: “…”", "Pollsters agree - Carl Bialik: “…”"
        Mention m = subject != null && subject.start() < toks.get(qi - 1).start() ? subject : null;
        if (m == null && qi > 1 && toks.get(qi - 2).word() && !label(toks, qi - 2)) {
          m = mentions.backward(toks, qi - 2);
        }
        if (m != null) return new Attribution(":", m, 1, true);
      }
      return inherit(r, si);
    }

    /**
     * A one-word all-capitals label opening its sentence or parenthesis before a colon ("RELATED: ‘…’", "WATCH:",
     * "UPDATE:"): typography of a teaser or section line, not a speaker, unless the word names a person of the text.
     */
    private boolean label(List<Token> toks, int j) {
      Token t = toks.get(j);
      String w = t.text();
      if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
        return false;
      }
      if (j > 0 && !toks.get(j - 1).is("(") && !toks.get(j - 1).is("[")) return false;
      String titled = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
      return people.lookup(titled, t.start()) == null;
    }

    private int[] sentenceOf(int offset) {
      return Sentences.containing(sentences, offset);
    }

    /** Every cue in the tokens, outside quotes. */
    private List<Cue> cues(List<Token> toks) {
      List<Cue> out = new ArrayList<>();
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        if (!t.word()) continue;
        String w = t.lower();
        if (w.equals("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
          out.add(new Cue(i, i + 1, CueKind.ACCORDING, "according to"));
        } else if (Words.PARTICIPLES.contains(w)) {
          out.add(new Cue(i, i, CueKind.PARTICIPLE, t.text()));
        } else if (Words.CUES.contains(w) && !t.capitalised()
            && !(w.equals("says") && i > 0 && toks.get(i - 1).is("it"))) {
          if (QuoteFinderCues.WEAK.contains(w) && !nearQuote(toks, i)) continue;
          int last = i;
          if (i + 3 < toks.size() && toks.get(i + 1).is("in") && toks.get(i + 2).is("a")
              && toks.get(i + 3).is("statement")) {
            last = i + 3;
          }
          out.add(new Cue(i, last, CueKind.FINITE, mentions.text(toks, i, last)));
        } else if (unlistedSpeechVerb(toks, i)) {
          out.add(new Cue(i, i, CueKind.FINITE, t.text()));
        }
      }
      return out;
    }

    /**
     * A past-tense verb right after a quote that ends in a comma, ! or ? ({@code “Go back,” Trump barked},
     * {@code “Fantastic!” beamed Hartley}): the word order makes it a speech verb even when it is not on the list.
     */
    private boolean unlistedSpeechVerb(List<Token> toks, int i) {
      Token t = toks.get(i);
      if (t.capitalised() || !t.lower().endsWith("ed") || t.text().length() < 4) return false;
      int k = i - 1;
      while (k >= 0 && i - k <= 4 && toks.get(k).word()
          && (toks.get(k).capitalised() || Words.PRONOUNS.contains(toks.get(k).lower()))) {
        k--;
      }
      if (k < 0 || toks.get(k).type() != Words.Type.QUOTE) return false;
      int close = regions.get(toks.get(k).region()).close();
      return close > 0 && close < text.length() && ",!?".indexOf(text.charAt(close - 1)) >= 0;
    }

    /** A weak cue counts only with a quote within six tokens after it, or just before it. */
    private static boolean nearQuote(List<Token> toks, int i) {
      for (int k = i + 1; k < toks.size() && k <= i + 6; k++) if (toks.get(k).type() == Words.Type.QUOTE) return true;
      if (toks.get(i).is("put") && i + 1 < toks.size() && toks.get(i + 1).is("it")) return true; // as he put it
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) if (toks.get(k).type() == Words.Type.QUOTE) return true;
      return false;
    }

    /** The nearest cue after and before the quote, the more likely one first (empty when there is none). */
    private List<Cue> choose(List<Token> toks, List<Cue> cues, int qi, QuoteMarks.Region g) {
      Cue before = null, after = null;
      for (Cue c : cues) {
        if (c.last < qi) before = c;
        else if (c.index > qi && after == null) after = c;
      }
      if (before == null) return after == null ? List.of() : List.of(after);
      if (after == null) return List.of(before);
      boolean commaInside = g.close() < text.length() && ",?!".indexOf(text.charAt(g.close() - 1)) >= 0;
      boolean quoteFirst = qi == 0 || qi == 1 && !toks.get(0).word();
      boolean afterFirst;
      if ((commaInside || quoteFirst) && after.index - qi <= 12) afterFirst = true;
      else if (qi - before.last <= 8) afterFirst = false;
      else afterFirst = after.index - qi <= qi - before.last;
      return afterFirst ? List.of(after, before) : List.of(before, after);
    }

    private Mention mention(List<Token> toks, List<Cue> cues, Cue cue, Mention subject) {
      switch (cue.kind) {
        case ACCORDING:
          return mentions.forward(toks, cue.last + 1);
        case PARTICIPLE: {
          if (cue.index > 0 && toks.get(cue.index - 1).word()) {
            // "with Foreign Minister Sergei Lavrov saying ...": the participle's own subject right before it
            Mention own = mentions.backward(toks, cue.index - 1);
            if (own != null && own.kind() != Kind.DESCRIPTION) return own;
          }
          Cue finite = null;
          for (Cue c : cues) if (c.index < cue.index && c.kind == CueKind.FINITE) finite = c;
          if (finite != null) {
            Mention m = mention(toks, cues, finite, subject);
            if (m != null) return m;
          }
          if (subject != null && subject.start() < toks.get(cue.index).start()) return subject;
          return mentions.clauseMention(toks, cue.index);
        }
        default: {
          int j = cue.index - 1;
          // "went on to say", "was quick to add": the subject comes before the verb that governs the cue
          if (j > 0 && toks.get(j).is("to")) {
            int k = j - 1;
            while (k >= 0 && k > j - 4 && toks.get(k).word() && !toks.get(k).capitalised()
                && !Words.PRONOUNS.contains(toks.get(k).lower()) && !Words.DETERMINERS.contains(toks.get(k).lower())) {
              k--;
            }
            j = k;
          }
          while (j >= 0 && toks.get(j).word() && (Words.AUXILIARIES.contains(toks.get(j).lower())
              || toks.get(j).lower().endsWith("ly") && !toks.get(j).capitalised())) {
            j--;
          }
          // "President Trump on Wednesday announced", "Peskov Tuesday told": the time goes, the subject is before it
          if (j > 0 && toks.get(j).word() && Words.TIME_WORDS.contains(toks.get(j).lower())) {
            int k = j - 1;
            if (k > 0 && toks.get(k).word() && Words.TIME_LEADS.contains(toks.get(k).lower())) k--;
            if (k >= 0 && toks.get(k).word()) j = k;
          }
          if (j < 0) return mentions.forward(toks, cue.last + 1);
          if (j < 0 || toks.get(j).type() == Words.Type.QUOTE
              || toks.get(j).is(",") && j > 0 && toks.get(j - 1).type() == Words.Type.QUOTE) {
            return mentions.forward(toks, cue.last + 1);
          }
          Mention m = mentions.backward(toks, j);
          if (m == null && toks.get(j).word() && Set.of("and", "but", "then").contains(toks.get(j).lower())) {
            // "He adopted a fake accent and joked, “…”": the coordinated verb shares the clause's subject
            m = subject != null && subject.start() < toks.get(j).start() ? subject : mentions.clauseMention(toks, j);
          }
          return m != null ? m : mentions.forward(toks, cue.last + 1);
        }
      }
    }

    /** No cue in the sentence: continue the paragraph's last attributed quote, or a colon-ended cue sentence. */
    private Attribution inherit(int r, int si) {
      QuoteMarks.Region g = regions.get(r);
      int[] para = paragraphOf(g.open());
      for (int p = r - 1; p >= 0; p--) {
        QuoteMarks.Region prev = regions.get(p);
        Attribution a = attributions[p];
        if (prev.close() < para[0]) break;
        if (a != null && a.mention != null) return new Attribution(a.cue, a.mention, 0, false);
      }
      // "X said:" ending the previous sentence
      if (si > 0) {
        int[] prev = sentences.get(si - 1);
        String s = text.substring(prev[0], prev[1]).strip();
        if (s.endsWith(":") && regionAt[prev[1] - 1] < 0) {
          List<Token> toks = Words.tokens(text, prev[0], prev[1], regionAt);
          List<Cue> cues = cues(toks);
          if (!cues.isEmpty()) {
            Cue c = cues.get(cues.size() - 1);
            Mention m = mention(toks, cues, c, mentions.subject(toks));
            if (m != null) return new Attribution(c.text, m, 0, false);
          }
        }
      }
      // a paragraph opening with a quote, right after a paragraph whose last quote was attributed
      // (“A,” said X.¶“B.”: the same speaker goes on)
      if (g.open() == para[0] && r > 0 && attributions[r - 1] != null && attributions[r - 1].mention != null) {
        int[] prevPara = paragraphOf(regions.get(r - 1).open());
        int[] before = paragraphOf(para[0] - 2);
        if (prevPara[0] == before[0]) {
          Attribution a = attributions[r - 1];
          return new Attribution(a.cue, a.mention, 0, false);
        }
      }
      return null;
    }

    private int[] paragraphOf(int offset) {
      int[] last = new int[] {0, 0};
      for (int[] p : paragraphs) {
        if (offset < p[0]) return last;
        last = p;
        if (offset < p[1]) return p;
      }
      return last;
    }
  }
}
