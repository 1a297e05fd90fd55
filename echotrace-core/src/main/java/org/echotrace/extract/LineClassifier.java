package org.echotrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.LineKind;
import org.echotrace.model.Published;

/**
 * Classifies the lines of a scraped text page as body, meta or boilerplate. Written by hand: no library classifies
 * plain-text lines (jsoup and boilerplate removers need markup).
 *
 * <p>How: each line gets features (length, terminal punctuation, truncation, capitals, whether it addresses the reader
 * or speaks for the outlet outside quotation marks, furniture phrasing, recurrence across the corpus). "Strong body"
 * lines are full sentences of 10+ words that neither address the reader nor speak for the outlet; the first and last of
 * them bound the article. Before it lies the header (outlet name, date, title, standfirst, banners); between them a
 * line is body unless it is clearly furniture (READ MORE links, captions, teaser runs); after it the body runs on while
 * lines are plain sentences, and everything from the first furniture line on is footer. Thread-safe: no state.
 */
public final class LineClassifier {
  /** One classified line. {@code body} is the text that goes into the article (a date prefix stripped), or null. */
  public record Classified(int line, LineKind kind, String label, String body, Published date, String credit) {}

  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)^\\s*(?:date|dated|published|posted|updated|last updated|first published|modified|created|on)?\\s*[:|-]?\\s*");
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)\\b(date|dated|published|posted|updated|last|first|modified|created|on|at|am|pm|mon|tue|wed|thu|fri|sat|sun|"
          + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|local|time)\\b");
  /** Strong body: a full sentence of at least this many words. Shorter sentences ("Remind me later.") prove nothing. */
  private static final int STRONG_WORDS = 10;
  /** A line that recurs in this many pages and is shorter than {@link #LONG_REPEAT} words is treated as furniture. */
  private static final int REPEATED_IN = 3;

  /**
   * What classifying a page reads of the corpus line counts, as a hash: for each of the page's lines whether it is in
   * 1, 2 or {@value #REPEATED_IN}+ pages (the thresholds the rules test), and, among the lines in
   * {@value #REPEATED_IN}+ pages, their order by count with ties (the title rule prefers the least recurring). Two
   * count tables with the same signature classify the page alike, so an extraction can be reused while the corpus
   * grows and the page's furniture only becomes more common.
   *
   * @param keys the page's distinct non-zero line keys, sorted
   */
  public static long countsSignature(long[] keys, LineFrequency frequency) {
    long h = 0x9E3779B97F4A7C15L;
    int repeated = 0;
    long[][] counted = new long[keys.length][];
    for (long k : keys) {
      int n = frequency.documentsWith(k);
      h = mix(h, k * 4 + Math.min(n, REPEATED_IN));
      if (n >= REPEATED_IN) counted[repeated++] = new long[] {n, k};
    }
    java.util.Arrays.sort(counted, 0, repeated, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (int i = 0; i < repeated; i++) {
      boolean tiedWithNext = i + 1 < repeated && counted[i + 1][0] == counted[i][0];
      h = mix(h, counted[i][1] * 2 + (tiedWithNext ? 1 : 0));
    }
    return h ^ keys.length;
  }

  private static long mix(long h, long v) {
    return (h ^ v) * 0xbf58476d1ce4e5b9L + 0x94d049bb133111ebL;
  }
  private static final int LONG_REPEAT = 25;

  private final DateParser dates = new DateParser();
  private final FurnitureCues cues;

  /** A classifier with every bundled furniture cue. */
  public LineClassifier() {
    this(FurnitureCues.ALL);
  }

  LineClassifier(FurnitureCues cues) {
    this.cues = java.util.Objects.requireNonNull(cues, "cues");
  }

  public List<Classified> classify(List<PageLine> lines, LineFrequency frequency) {
    return classify(lines, frequency, null);
  }

  /**
   * Classifies the lines of one page. {@code declaredTitle}, when the page declares one (HTML meta), marks the line
   * that repeats it as the title.
   */
  public List<Classified> classify(List<PageLine> lines, LineFrequency frequency, String declaredTitle) {
    int n = lines.size();
    LineFeatures[] f = new LineFeatures[n];
    Classified[] out = new Classified[n];
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      f[i] = LineFeatures.of(text, frequency.documentsWith(LineKey.hash(text)));
      out[i] = preLabel(lines.get(i), f[i]);
    }
    markTeaserRuns(lines, f, out);
    int declared = markDeclaredTitle(lines, out, declaredTitle);
    // on a page that declares a title no line says, only a heading line may be the title (a page's <h1> that words
    // it differently), not a subheading or a lead's first words
    boolean headingOnly = declaredTitle != null && !declaredTitle.isBlank();
    boolean guessTitle = declared < 0;
    int first = -1, last = -1;
    for (int pass = 0; pass < 2 && first < 0; pass++) {
      // A page with no full sentence of 10+ words (a dialogue, a short notice) is bounded by its plain sentences.
      for (int i = 0; i < n; i++) {
        boolean strong = pass == 0 ? strongBody(f[i]) : shortBody(f[i]);
        if (out[i] == null && strong || out[i] != null && "dated-paragraph".equals(out[i].label())) {
          if (first < 0) first = i;
          last = i;
        }
      }
    }
    if (first < 0) {
      classifyHeader(lines, f, out, 0, n, guessTitle, headingOnly, declared >= 0);
      return List.of(out);
    }
    classifyHeader(lines, f, out, 0, first, guessTitle, headingOnly, declared >= 0 && declared < first);
    classifyBody(lines, f, out, first, last);
    classifyFooter(lines, f, out, last + 1, n);
    dropOrphanHeadings(lines, f, out);
    endAtNextArticle(out, first);
    return List.of(out);
  }

  /** Fewest consecutive teasers that make a list of them. */
  static final int TEASER_RUN = 3;

  /**
   * A run of {@link #TEASER_RUN} or more consecutive blocks that each open with a link to another page followed by a
   * few words (a headline linked, then its excerpt: boxes of related, further or latest stories) is a teaser list, however
   * sentence-like the excerpts read, and so is the heading right above it. Lines already cut as links count towards
   * the run. A paragraph of the article that happens to open with a link is alone, not three in a row.
   */
  private static void markTeaserRuns(List<PageLine> lines, LineFeatures[] f, Classified[] out) {
    int n = lines.size();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && teaser(lines.get(j), f[j], out[j])) j++;
      if (j - i >= TEASER_RUN) {
        for (int k = i; k < j; k++) if (out[k] == null) out[k] = boilerplate(lines.get(k).number(), "teaser-list");
        // the list's own heading right above it: a heading or a few words, no sentence
        int h = i - 1;
        if (h >= 0 && out[h] == null && f[h].words() <= 6 && !f[h].sentenceEnd()
            && (isSubheadingTag(lines.get(h).tag()) || !f[h].sentenceLike())) {
          out[h] = boilerplate(lines.get(h).number(), "teaser-heading");
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean teaser(PageLine line, LineFeatures f, Classified pre) {
    if (pre != null) return pre.kind() == LineKind.BOILERPLATE && "links".equals(pre.label());
    return line.opensWithLink() && line.linkShare() >= 0.15 && f.words() <= 40;
  }

  /** The first line (among the first 40% of the page) that says the declared title becomes the title. */
  private static int markDeclaredTitle(List<PageLine> lines, Classified[] out, String declaredTitle) {
    if (declaredTitle == null || declaredTitle.isBlank()) return -1;
    String key = LineKey.of(declaredTitle);
    if (key.length() < 8) return -1;
    int limit = Math.max(3, lines.size() * 2 / 5);
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      String line = LineKey.of(lines.get(i).text());
      if (line.equals(key) || line.length() >= 8 && key.startsWith(line) && line.length() >= key.length() / 2) {
        out[i] = new Classified(lines.get(i).number(), LineKind.META, "title", null, null, null);
        return i;
      }
    }
    return -1;
  }

  /** Labels that hold wherever the line stands: dates, credits, furniture phrasing, captions, truncated teasers. */
  private Classified preLabel(PageLine line, LineFeatures f) {
    String text = line.text();
    int no = line.number();
    if (HtmlPageReader.NEXT_STORY.equals(line.tag())) return boilerplate(no, "next-story");
    if (line.linkShare() >= 0.6 && f.words() <= 40) return boilerplate(no, "links");
    if ("figcaption".equals(line.tag())) return boilerplate(no, "caption");
    Optional<DateParser.Found> date = mayHoldDate(text, f) ? dates.find(datePart(text, f), "text line " + no) : Optional.empty();
    if (date.isPresent()) {
      Classified dated = dateLine(line, f, date.get());
      if (dated != null) return dated;
    }
    if (!line.inMain() && !(strongBody(f) && line.linkShare() < 0.2)) return boilerplate(no, "outside-main");
    Optional<CreditLines.Credit> credit = CreditLines.find(text, f.words());
    if (credit.isPresent()) return new Classified(no, LineKind.META, credit.get().label(), null, null, credit.get().name());
    // a truncated line is a teaser's excerpt, except in an HTML main block where it carries no link: there the
    // ellipsis is the writer's ("Doch es geht auch einfacher...")
    boolean ownEllipsis = line.inMain() && line.tag() != null && line.linkShare() == 0 && f.words() >= 4;
    if (f.truncated() && f.words() <= 60 && !ownEllipsis) return boilerplate(no, "teaser");
    String outside = LineFeatures.outsideQuotes(text);
    // on a long line without reader address, only legal notices and comment forms count: search only for those
    boolean anyCue = f.words() <= 30 || f.readerAddress() || f.outletVoice();
    Optional<String> cue = anyCue ? cues.strong(outside) : cues.anyLength(outside);
    if (cue.isPresent() && (f.words() <= 30 || f.readerAddress() || f.outletVoice() || cue.get().equals("legal")
        || cue.get().equals("comment-form"))) {
      return boilerplate(no, cue.get()); // cookie and privacy notices can be long
    }
    if (cues.caption(f)) return boilerplate(no, "caption");
    return null;
  }

  /** Dates have digits; a long line can only start with one (a date line is short), so only its head is searched. */
  private static boolean mayHoldDate(String text, LineFeatures f) {
    boolean digit = false;
    for (int i = 0; i < Math.min(text.length(), 80) && !digit; i++) digit = Character.isDigit(text.charAt(i));
    if (!digit || f.words() <= 14) return digit;
    // a long line counts only when it starts with its date (after a label): look at its first word
    Matcher label = DATE_LABEL.matcher(text);
    int i = label.lookingAt() ? label.end() : 0;
    if (i >= text.length()) return false;
    if (Character.isDigit(text.charAt(i))) return true;
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
    return DateParser.isMonthName(text.substring(i, j));
  }

  private static String datePart(String text, LineFeatures f) {
    return f.words() > 14 && text.length() > 80 ? text.substring(0, 80) : text;
  }

  /** A line that is a date (with a label and weekday at most), or starts with one followed by a paragraph. */
  private Classified dateLine(PageLine line, LineFeatures f, DateParser.Found found) {
    String text = line.text();
    String rest = (text.substring(0, found.start()) + " " + text.substring(found.end()));
    int restWords = LineFeatures.countWords(DATE_WORDS.matcher(rest).replaceAll(" "));
    if (restWords <= 3 && f.words() <= 14) {
      return new Classified(line.number(), LineKind.META, "date", null, found.published(), null);
    }
    Matcher label = DATE_LABEL.matcher(text);
    int labelEnd = label.lookingAt() ? label.end() : 0;
    if (found.start() == labelEnd && f.words() <= 14 && !f.sentenceEnd()) {
      // a dateline that opens a short header line: "date 2024-03-02 HARBOURTON, 2 Mar (Harbour Wire) -"
      return new Classified(line.number(), LineKind.META, "date", null, found.published(), null);
    }
    if (found.start() == labelEnd && LineFeatures.countWords(text.substring(found.end())) >= 8) {
      String body = text.substring(found.end()).replaceFirst("^[\\s,;:|–—-]+", "");
      return new Classified(line.number(), LineKind.BODY, "dated-paragraph", body, found.published(), null);
    }
    return null;
  }

  private static boolean strongBody(LineFeatures f) {
    return f.sentenceLike() && f.words() >= STRONG_WORDS && !f.readerAddress() && !f.outletVoice()
        && !(f.documents() >= REPEATED_IN && f.words() < LONG_REPEAT);
  }

  private static boolean shortBody(LineFeatures f) {
    return f.words() >= 3 && (f.sentenceLike() || f.quoted() > 0.5) && !f.readerAddress() && !f.outletVoice()
        && f.documents() < REPEATED_IN;
  }

  private void classifyHeader(List<PageLine> lines, LineFeatures[] f, Classified[] out, int from, int to,
      boolean guessTitle, boolean headingOnly, boolean titled) {
    int title = guessTitle ? titleLine(lines, f, out, from, to, headingOnly) : -1;
    for (int i = from; i < to; i++) {
      if (out[i] != null) continue;
      int no = lines.get(i).number();
      LineFeatures x = f[i];
      boolean cue = cues.weak(x.text());
      if (i == title) {
        out[i] = new Classified(no, LineKind.META, "title", null, null, null);
        titled = true;
      } else if (x.sentenceLike() && x.words() >= 25 && !cue) {
        out[i] = body(no, "standfirst", x.text()); // a long opening sentence, even one that says "you"
      } else if (lines.get(i).tag() != null && lines.get(i).inMain() && lines.get(i).linkShare() < 0.3 && x.words() >= 3
          && !cue && !x.readerAddress() && x.documents() < REPEATED_IN && (titled || x.words() >= 6)) {
        out[i] = body(no, "block", x.text()); // in an HTML main block, after the title: a lead, a list, a subheading
      } else if (x.readerAddress() || x.outletVoice() || cue && x.words() <= 12) {
        out[i] = boilerplate(no, x.sentenceLike() ? "appeal" : "banner");
      } else if (!titled && x.words() <= 4 && !x.sentenceEnd() && looksLikeName(x.text())
          && (x.documents() >= 2 || !banner(x.text()))) {
        // the site's own name recurs on its pages; a name seen once is the source it credits (RT.com on an aggregator)
        out[i] = new Classified(no, LineKind.META, x.documents() >= 2 ? "site-name" : "source", null, null, x.text().strip());
      } else if (x.words() > 18 || titled && x.sentenceLike() && x.words() >= 8) {
        out[i] = body(no, "standfirst", x.text());
      } else {
        out[i] = boilerplate(no, "header");
      }
    }
  }

  /**
   * The title: the first header line of 3 to 18 words without a sentence end that is not a menu or the site's name.
   * A line recurring on several pages is a title only when no unique candidate exists (copies share titles, but sites
   * share taglines); among recurring ones the least recurring wins, since a tagline is on every page of its site.
   */
  private int titleLine(List<PageLine> lines, LineFeatures[] f, Classified[] out, int from, int to,
      boolean headingOnly) {
    int recurring = -1;
    for (int i = from; i < to; i++) {
      LineFeatures x = f[i];
      if (out[i] != null || headingOnly && !"h1".equals(lines.get(i).tag()) || x.words() < 3 || x.words() > 18 || x.sentenceEnd() || x.readerAddress() || x.outletVoice()
          || MENU.matcher(x.text()).find() || cues.weak(x.text()) && x.words() <= 12
          || x.words() <= 4 && x.documents() >= 2 && looksLikeName(x.text()) || dateLike(x.text())) {
        continue;
      }
      if (x.documents() < REPEATED_IN) return i;
      if (recurring < 0 || x.documents() < f[recurring].documents()) recurring = i;
    }
    return recurring;
  }

  private static final Pattern MENU = Pattern.compile("([|•·»›]).*\\1|(\\s\\|\\s.*){2}");

  private void classifyBody(List<PageLine> lines, LineFeatures[] f, Classified[] out, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (out[i] != null) continue;
      int no = lines.get(i).number();
      LineFeatures x = f[i];
      String tag = lines.get(i).tag();
      if (strongBody(x)) out[i] = body(no, "paragraph", x.text());
      else if (isSubheadingTag(tag) && x.documents() < REPEATED_IN) out[i] = body(no, "subheading", x.text());
      else if ("li".equals(tag) && lines.get(i).linkShare() < 0.3 && x.documents() < REPEATED_IN && !cues.weak(x.text())) {
        out[i] = body(no, "list-item", x.text());
      }
      else if ((x.readerAddress() || x.outletVoice()) && cues.weak(x.text()) && x.words() <= 35) {
        out[i] = boilerplate(no, "appeal"); // an inline box; a long paragraph that says "readers told us" is reporting
      }
      else if (tag != null && lines.get(i).linkShare() < 0.3 && x.documents() < REPEATED_IN
          && !(cues.weak(x.text()) && x.words() <= 12)) {
        // in an HTML main block, short blocks without links are content: specs, addresses, verse, a recipe's list
        out[i] = body(no, x.sentenceLike() ? "paragraph" : "block", x.text());
      }
      else if (!x.sentenceLike() && inShortRun(f, out, i, from, to)) out[i] = boilerplate(no, "teaser-list");
      else if (!x.sentenceLike() && (x.documents() >= 2 || x.words() <= 3)) out[i] = boilerplate(no, "label");
      else if (!x.sentenceLike()) out[i] = body(no, "subheading", x.text());
      else if (x.documents() >= REPEATED_IN && x.words() < LONG_REPEAT) out[i] = boilerplate(no, "repeated");
      else out[i] = body(no, "paragraph", x.text());
    }
  }

  /** Runs on while lines are plain sentences; from the first line that is not, all is footer (credits stay meta). */
  private void classifyFooter(List<PageLine> lines, LineFeatures[] f, Classified[] out, int from, int to) {
    boolean footer = false;
    for (int i = from; i < to; i++) {
      int no = lines.get(i).number();
      LineFeatures x = f[i];
      if (out[i] != null) {
        if (out[i].kind() != LineKind.BODY) footer |= out[i].kind() == LineKind.BOILERPLATE;
        else if (footer) out[i] = boilerplate(no, "footer");
        continue;
      }
      boolean plainShape = x.sentenceLike() && x.words() >= 4 && !x.readerAddress() && !x.outletVoice()
          && x.documents() < REPEATED_IN;
      boolean htmlShape = lines.get(i).tag() != null && lines.get(i).linkShare() < 0.3 && x.words() >= 2
          && x.documents() < REPEATED_IN && !x.readerAddress();
      // a how-to or a column says "you" throughout: in the main block a long sentence without a furniture cue is prose
      boolean proseShape = lines.get(i).inMain() && lines.get(i).tag() != null && x.sentenceLike() && x.words() >= 12
          && lines.get(i).linkShare() < 0.3 && x.documents() < REPEATED_IN && !x.outletVoice();
      // the furniture cues are regular expressions: asked once, and only of lines that could be content
      boolean cued = (plainShape || htmlShape || proseShape)
          && (cues.weak(x.text()) || cues.bio(x.text()));
      boolean plain = plainShape && !cued;
      boolean htmlContent = htmlShape && !cued;
      boolean prose = proseShape && !cued;
      // inside an HTML main block (furniture already cut from the DOM) a full sentence after a furniture line is
      // still the article: a closing paragraph after an inline "Read more", an interview's last answer
      boolean resumes = lines.get(i).inMain() && lines.get(i).tag() != null && x.sentenceLike() && x.words() >= 8;
      if ((!footer || resumes) && (plain || htmlContent || prose)) {
        out[i] = body(no, "paragraph", x.text());
      } else {
        footer = true;
        out[i] = boilerplate(no, x.sentenceLike() ? "footer" : "footer-link");
      }
    }
  }

  /**
   * A subheading with no body line under it (before the next subheading or the page's end) heads something that was
   * cut: "Most read", "More from this channel", "Related articles" above a teaser list, a newsletter box's title. A
   * sentence of 8+ words set as a heading (an interview's question, a lead styled as h2) is text, not a heading.
   */
  private static void dropOrphanHeadings(List<PageLine> lines, LineFeatures[] f, Classified[] out) {
    boolean bodyBelow = false;
    for (int i = out.length - 1; i >= 0; i--) {
      if (out[i] == null || out[i].kind() != LineKind.BODY) continue;
      if (isSubheadingTag(lines.get(i).tag()) && !(f[i].sentenceLike() && f[i].words() >= 8)) {
        if (!bodyBelow) out[i] = boilerplate(out[i].line(), "orphan-heading");
        bodyBelow = false;
      } else {
        bodyBelow = true;
      }
    }
  }

  /**
   * A "next article" marker after the article's first body line ends the article: what follows is the next story,
   * however much it reads like prose (pages that append their next stories).
   */
  private static void endAtNextArticle(Classified[] out, int first) {
    int marker = -1;
    for (int i = first + 1; i < out.length && marker < 0; i++) {
      if (out[i] != null && "next-article".equals(out[i].label())) marker = i;
    }
    if (marker < 0) return;
    for (int i = marker + 1; i < out.length; i++) {
      if (out[i] != null && out[i].kind() == LineKind.BODY) out[i] = boilerplate(out[i].line(), "next-article");
    }
  }

  /** Part of a run of three or more short lines without sentence ends: a list of teasers or trending headlines. */
  private static boolean inShortRun(LineFeatures[] f, Classified[] out, int i, int from, int to) {
    int a = i, b = i;
    while (a - 1 >= from && shortHeadline(f[a - 1])) a--;
    while (b + 1 <= to && shortHeadline(f[b + 1])) b++;
    return b - a + 1 >= 3;
  }

  private static boolean shortHeadline(LineFeatures f) {
    return !f.sentenceLike() && f.words() <= 20;
  }

  private static final Pattern DOMAIN = Pattern.compile("(?i)[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}");
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("of", "the", "and", "de", "la");

  private static boolean looksLikeName(String text) {
    String t = text.strip();
    if (DOMAIN.matcher(t).matches()) return true; // RT.com
    for (String w : t.split(" ")) if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) return false;
    return true;
  }

  /**
   * A line of dates, times and date words only ("31 августа, 11:18", "Sunday 11 Jan", "Updated 3:45 PM"): a dateline
   * the parser could not complete (no year), never a title.
   */
  static boolean dateLike(String text) {
    if (text.chars().noneMatch(Character::isDigit)) return false; // a date line holds a number
    boolean digit = false;
    for (String w : DATE_LINE_SPLIT.split(text)) {
      if (w.isEmpty()) continue;
      if (w.chars().allMatch(Character::isDigit)) {
        digit = true;
        continue;
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (DateParser.isMonthName(lower) || DATE_WORDS.matcher(lower).matches() || ORDINAL.matcher(lower).matches()) {
        continue;
      }
      return false; // a word that is no part of a date
    }
    return digit;
  }

  private static final Pattern DATE_LINE_SPLIT = Pattern.compile("[\\s,.:;|/–—-]+");
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th|h)?");

  /**
   * Two or more words in capitals without a web address ("JUST WATCHED", "MUST WATCH", "WORLD NEWS"): a banner or
   * section label, not the name of a source that a page credits once (those are "RT.com", "Reuters", "The Moscow
   * Times"; an agency's capitals, "AFP", are one word).
   */
  private static boolean banner(String text) {
    String t = text.strip();
    if (t.indexOf(' ') < 0 || DOMAIN.matcher(t).find()) return false;
    for (int i = 0; i < t.length(); i++) if (Character.isLowerCase(t.charAt(i))) return false;
    return true;
  }

  private static boolean isSubheadingTag(String tag) {
    return tag != null && tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
  }

  private static Classified body(int no, String label, String text) {
    return new Classified(no, LineKind.BODY, label, text, null, null);
  }

  private static Classified boilerplate(int no, String label) {
    return new Classified(no, LineKind.BOILERPLATE, label, null, null, null);
  }
}
