package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.echotrace.quotes.People.Kind;
import org.echotrace.quotes.People.Parsed;
import org.echotrace.quotes.People.Person;
import org.echotrace.quotes.Words.Token;

/**
 * Speaker mentions for one article: the noun phrase before or after a cue, appositives, sentence subjects, and what a
 * mention resolves to (a name to its fullest form, a description to the last person with that role, he/she to the
 * salient person, a body to itself). Keeps the salience of one {@link QuoteFinder#find} call; not thread-safe.
 */
final class Mentions {
  /** Words after a name that show it is no clause subject ("Trump of New York", "Trump and Putin"). */
  private static final Set<String> PREPOSITIONS = Set.of("of", "and", "or", "in", "on", "at", "for", "to", "with",
      "from", "by", "as");

  /** A mention's span and what it resolves to. */
  record Mention(int start, int end, String text, Kind kind, String person, String body) {
    String speaker() {
      return person != null ? person : body;
    }
  }

  private final String text;
  private final int[] regionAt;
  private final List<int[]> sentences;
  private final People people;
  /** The last person who was a sentence subject or a speaker. */
  private String salient;
  /** The last body (organisation) that was a sentence subject: what "it" and "they" say. */
  String lastBody;

  Mentions(String text, int[] regionAt, List<int[]> sentences, People people) {
    this.text = text;
    this.regionAt = regionAt;
    this.sentences = sentences;
    this.people = people;
  }

  void setSalient(String person) {
    salient = person;
  }

  private int[] sentenceOf(int offset) {
    return Sentences.containing(sentences, offset);
  }

  /** The noun phrase ending at token j (with an appositive between commas when j is a comma). */
  Mention backward(List<Token> toks, int j) {
    int end = j;
    if (toks.get(j).is(",")) {
      int k = j - 1;
      while (k >= 0 && toks.get(k).word() && j - k < 30) k--;
      if (k < 0 || !toks.get(k).is(",") || k == 0) return null;
      int s = npStart(toks, k - 1);
      if (s > k - 1) return null;
      // "Fiorina, speaking to Iowans, said", "Blunt, after a long pause, said": not an appositive, not the source
      if (!appositiveStart(toks.get(k + 1))) return make(toks, s, k - 1, toks.subList(s, k));
      return make(toks, s, j - 1, toks.subList(s, k));
    }
    if (toks.get(j).is(")")) {
      // "Rep. Earl Blumenauer (D-Ore.) said": the name before the brackets, the brackets in the mention
      int k = j - 1;
      while (k >= 0 && !toks.get(k).is("(") && j - k < 8) k--;
      if (k <= 0 || !toks.get(k).is("(")) return null;
      int s = npStart(toks, k - 1);
      if (s > k - 1) return null;
      return make(toks, s, j, toks.subList(s, k));
    }
    int s = npStart(toks, end);
    if (s > end) return null;
    return make(toks, s, end, toks.subList(s, end + 1));
  }

  /** Walks back from token e over noun-phrase words; returns the first index (e + 1 when none). */
  private static int npStart(List<Token> toks, int e) {
    int k = e;
    if (k >= 0 && toks.get(k).word() && Words.PRONOUNS.contains(toks.get(k).lower())) return k;
    while (k >= 0 && e - k < 10) {
      Token t = toks.get(k);
      if (!t.word()) break;
      String w = t.lower();
      if (Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another").contains(w)) {
        // "a spokeswoman for the House Armed Services Committee", "Jeffrey Lewis of the James Martin Center"
        if (w.equals("the") && k < e && k > 1 && Set.of("of", "for", "at").contains(toks.get(k - 1).lower())
            && toks.get(k - 1).word() && (toks.get(k - 2).capitalised() || People.isRole(toks.get(k - 2)))) {
          k -= 2;
          continue;
        }
        return k < e ? k : e + 1;
      }
      if ((w.equals("of") || w.equals("for") || w.equals("at")) && k < e && k > 0
          && (toks.get(k - 1).capitalised() || People.isRole(toks.get(k - 1)))) {
        k--;
        continue;
      }
      if (Words.STOPS.contains(w) || Words.CUES.contains(w) || Words.PARTICIPLES.contains(w)) break;
      if (Words.PRONOUNS.contains(w)) break;
      k--;
    }
    int s = k + 1;
    // a sentence-initial adverb or verb before a name is not part of it ("Meanwhile Macron")
    while (s <= e && !toks.get(s).capitalised() && s < e && toks.get(e).capitalised()
        && !People.isRole(toks.get(s)) && !modifiesRole(toks, s, e)) {
      s++;
    }
    return s;
  }

  /**
   * A lower-case word that is part of a role before a name ("election law expert Rick Hasen", "veteran analyst Charlie
   * Cook"): a role word follows it before the name, and it is no adverb.
   */
  private static boolean modifiesRole(List<Token> toks, int s, int e) {
    String w = toks.get(s).lower();
    if (w.endsWith("ly") || Set.of("then", "also", "now", "still", "again", "later", "once").contains(w)) return false;
    for (int k = s + 1; k <= e && !toks.get(k).capitalised(); k++) if (People.isRole(toks.get(k))) return true;
    return false;
  }

  /** The noun phrase starting at token i ("said Peskov", "according to the spokesman"), with an appositive. */
  Mention forward(List<Token> toks, int i) {
    if (i < toks.size() && toks.get(i).is("by")) i++;
    if (i >= toks.size() || !toks.get(i).word()) return null;
    if (Words.PRONOUNS.contains(toks.get(i).lower())) return make(toks, i, i, toks.subList(i, i + 1));
    int k = i;
    while (k < toks.size() && toks.get(k).word() && k - i < 8) {
      String w = toks.get(k).lower();
      if (k > i && (Words.STOPS.contains(w) || Words.CUES.contains(w)) && !(w.equals("of") || w.equals("for"))) break;
      if (k == i && Words.STOPS.contains(w)) return null;
      k++;
    }
    if (k == i) return null;
    int end = k - 1;
    List<Token> core = toks.subList(i, k);
    if (k < toks.size() && Set.of("a", "an", "one", "another").contains(toks.get(i).lower())
        && Set.of("to", "with", "in", "on", "at").contains(toks.get(k).lower()) && toks.get(k).word()) {
      // "said a longtime adviser to Trump", "one Democrat familiar with the discussion": an indefinite description
      // names its source by what follows
      int e = k + 1;
      while (e < toks.size() && e - k < 7 && toks.get(e).word() && !Words.CUES.contains(toks.get(e).lower())) e++;
      if (e > k + 1) {
        end = e - 1;
        k = e;
      }
    }
    int close = bracketAfter(toks, k);
    if (close > k) {
      // "said Sen. Chris Murphy (D-Conn.)": the party and state belong to the mention, as before a cue
      end = close;
      k = close + 1;
    }
    if (k + 1 < toks.size() && toks.get(k).is(",") && appositiveStart(toks.get(k + 1))) {
      // "said John Weingart, associate director of ...": PolNeAR's source spans keep the appositive, up to the
      // end of the sentence, the next quote, or a comma before a clause ("..., who", "..., referring to")
      int e = k + 1;
      while (e < toks.size() && e - k < 35 && toks.get(e).type() != Words.Type.QUOTE
          && !(toks.get(e).is(",") && (e + 1 >= toks.size() || !appositiveStart(toks.get(e + 1))))
          && !toks.get(e).is(".") && !toks.get(e).is(";")) {
        e++;
      }
      while (e - 1 > k && !toks.get(e - 1).word()) e--;
      end = e - 1;
    }
    return make(toks, i, Math.min(end, toks.size() - 1), core);
  }

  /** The index of ")" when token k opens a short bracket ("(D-Conn.)", "(R)"), else -1. */
  private static int bracketAfter(List<Token> toks, int k) {
    if (k >= toks.size() || !toks.get(k).is("(")) return -1;
    for (int c = k + 1; c < toks.size() && c <= k + 8; c++) {
      if (toks.get(c).is(")")) return c;
      if (toks.get(c).type() == Words.Type.QUOTE) return -1;
    }
    return -1;
  }

  /** A word that can open an appositive: a determiner, a role, a number, a name. */
  private static boolean appositiveStart(Token t) {
    if (!t.word()) return false;
    String w = t.lower();
    if (Words.PRONOUNS.contains(w) || w.equals("which") || w.endsWith("ing")) return false;
    return Set.of("a", "an", "the", "his", "her", "their", "its", "one", "who", "of", "from").contains(w)
        || People.isRole(t)
        || Character.isDigit(w.charAt(0)) || t.capitalised() && !Words.NOT_NAMES.contains(w);
  }

  private Mention make(List<Token> toks, int s, int e, List<Token> core) {
    int start = toks.get(s).start(), end = toks.get(e).end();
    Parsed p = People.parse(core);
    for (int x = 1; x < core.size(); x++) {
      // "Robert Antonacci of the New York delegation": the name is before the preposition
      if (core.get(x).word() && Set.of("of", "for", "at", "from").contains(core.get(x).lower())) {
        Parsed named = People.parse(core.subList(0, x));
        if (named.kind() == Kind.NAME) p = named;
        break;
      }
    }
    String person = null, body = null;
    switch (p.kind()) {
      case PRONOUN -> {
        if (p.name().equals("he") || p.name().equals("she")) person = pronoun(start);
        else if (p.name().equals("it") || p.name().equals("they")) body = lastBody;
      }
      case NAME -> {
        Person known = people.lookup(p.name(), start);
        person = known != null ? known.name() : p.name();
        if (known == null) people.add(p, start);
      }
      case DESCRIPTION -> {
        Person known = p.head() == null ? null : people.byRole(p.head(), start);
        if (known != null) person = known.name();
        else if (core.stream().anyMatch(Token::capitalised)) body = strip(core);
      }
      case BODY -> body = strip(core);
    }
    return new Mention(start, end, text.substring(start, end), p.kind(), person, body);
  }

  /**
   * he/she: the subject of this sentence when it comes first, else the last salient person, else (no subject was
   * recognised yet) the person named last before the pronoun.
   */
  private String pronoun(int at) {
    int[] s = sentenceOf(at);
    String clause = clauseSubject(Words.tokens(text, s[0], at, regionAt), at);
    if (clause != null) return clause;
    Mention subject = subject(Words.tokens(text, s[0], at, regionAt));
    if (subject != null && subject.start < at && subject.person != null && subject.kind != Kind.PRONOUN) {
      return subject.person;
    }
    if (salient != null) return salient;
    People.Person last = null;
    for (People.Person p : people.people()) if (p.first() < at && (last == null || p.first() > last.first())) last = p;
    return last == null ? null : last.name();
  }

  /**
   * The last known person before the pronoun in its sentence who is followed by a verb-like lower-case word ("…,
   * Trump asserted that …: “…,” he claimed"): a clause subject closer than the sentence's first one.
   */
  private String clauseSubject(List<Token> toks, int at) {
    String best = null;
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).capitalised()) continue;
      int j = i;
      while (j < toks.size() && toks.get(j).capitalised()) j++;
      if (j < toks.size() && toks.get(j).word() && !toks.get(j).capitalised()
          && !PREPOSITIONS.contains(toks.get(j).lower())) {
        Parsed p = People.parse(toks.subList(i, j));
        Person known = p.kind() == Kind.NAME ? people.lookup(p.name(), at) : null;
        if (known != null) best = known.name();
      }
      i = j;
    }
    return best;
  }

  /** The last person-like subject before token {@code before}: a known name or he/she followed by a verb. */
  Mention clauseMention(List<Token> toks, int before) {
    Mention best = null;
    for (int i = 0; i < before; i++) {
      Token t = toks.get(i);
      boolean verbAfter = i + 1 < before && toks.get(i + 1).word() && !toks.get(i + 1).capitalised();
      if (t.word() && (t.lower().equals("he") || t.lower().equals("she"))) {
        if (verbAfter) best = make(toks, i, i, toks.subList(i, i + 1));
        continue;
      }
      if (!t.capitalised()) continue;
      int j = i;
      while (j < before && toks.get(j).capitalised()) j++;
      if (j < before && toks.get(j).word() && !toks.get(j).capitalised() && !PREPOSITIONS.contains(toks.get(j).lower())) {
        Parsed p = People.parse(toks.subList(i, j));
        if (p.kind() == Kind.NAME && (p.name().contains(" ") || people.lookup(p.name(), t.start()) != null)) {
          best = make(toks, i, j - 1, toks.subList(i, j));
        }
      }
      i = j;
    }
    return best;
  }

  private static String strip(List<Token> core) {
    List<Token> words = new ArrayList<>(core.stream().filter(Token::word).toList());
    while (!words.isEmpty() && Words.DETERMINERS.contains(words.get(0).lower())) words.remove(0);
    StringBuilder b = new StringBuilder();
    for (Token t : words) b.append(b.length() == 0 ? "" : " ").append(t.text());
    return b.length() == 0 ? null : b.toString();
  }

  private static boolean introWord(Token t) {
    String w = t.lower();
    return t.word() && (Words.STOPS.contains(w) || w.endsWith("ly")
        || Words.NOT_NAMES.contains(w) && !Words.PRONOUNS.contains(w) && !Words.DETERMINERS.contains(w));
  }

  /** The sentence's grammatical subject, roughly: the first noun phrase after an introductory phrase. */
  Mention subject(List<Token> toks) {
    int i = 0;
    for (int round = 0; round < 3 && i < toks.size() && introWord(toks.get(i)); round++) {
      // "On Thursday, after remaining neutral throughout the primary process, Warren appeared ..."
      int comma = -1;
      for (int k = i; k < Math.min(toks.size(), i + 14); k++) if (toks.get(k).is(",")) { comma = k; break; }
      if (comma < 0) {
        if (Words.STOPS.contains(toks.get(i).lower())) return null;
        break;
      }
      i = comma + 1;
    }
    if (i >= toks.size() || !toks.get(i).word()) return null;
    if (Words.PRONOUNS.contains(toks.get(i).lower())) {
      String w = toks.get(i).lower();
      String person = w.equals("he") || w.equals("she") ? salient : null;
      Token t = toks.get(i);
      return new Mention(t.start(), t.end(), t.text(), Kind.PRONOUN, person, null);
    }
    int k = i;
    while (k < toks.size() && k - i < 8 && toks.get(k).word() && (toks.get(k).capitalised()
        || People.isRole(toks.get(k)) || k == i && Words.DETERMINERS.contains(toks.get(k).lower()))) {
      k++;
    }
    if (k == i || k == i + 1 && Words.DETERMINERS.contains(toks.get(i).lower())) return null;
    Parsed p = People.parse(toks.subList(i, k));
    if (p.kind() == Kind.NAME) {
      boolean single = !p.name().contains(" ");
      Person known = people.lookup(p.name(), toks.get(i).start());
      boolean verbAfter = k < toks.size() && toks.get(k).word() && Words.CUES.contains(toks.get(k).lower());
      if (known == null && single && !verbAfter && p.roles().isEmpty()) return null;
      String person = known != null ? known.name() : p.name();
      return new Mention(toks.get(i).start(), toks.get(k - 1).end(), text(toks, i, k - 1), Kind.NAME, person, null);
    }
    if (p.kind() == Kind.DESCRIPTION && p.head() != null) {
      Person known = people.byRole(p.head(), toks.get(i).start());
      String person = known != null && Words.ROLES.contains(p.head()) ? known.name() : null;
      String body = person == null && toks.subList(i, k).stream().anyMatch(Token::capitalised)
          ? strip(toks.subList(i, k)) : null;
      return new Mention(toks.get(i).start(), toks.get(k - 1).end(), text(toks, i, k - 1), Kind.DESCRIPTION,
          person, body);
    }
    if (p.kind() == Kind.BODY) {
      return new Mention(toks.get(i).start(), toks.get(k - 1).end(), text(toks, i, k - 1), Kind.BODY, null,
          strip(toks.subList(i, k)));
    }
    return null;
  }

  String text(List<Token> toks, int a, int b) {
    return text.substring(toks.get(a).start(), toks.get(b).end());
  }
}
