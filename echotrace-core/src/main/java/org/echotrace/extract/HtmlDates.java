package org.echotrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The dates an HTML page shows in its text, as {@link DateCandidate}s for {@link PublicationDates}: every short block
 * of text (at most {@value #MAX_BLOCK} characters) that holds a date, placed by where it stands. A date labelled by
 * one of the words of {@code date-labels.tsv} dates the publication or an update; an unlabelled one beside the
 * headline, or in a block whose class or id names a date, time, byline or post meta, is a byline date; one above the
 * headline may be the template's "today"; any other counts least. Dates in navigation, asides, readers' comments,
 * related-story and teaser blocks, links, other {@code <article>}s than the headline's, and copyright lines are
 * skipped: they date other things. Thread-safe: no state.
 */
final class HtmlDates {
  /** A date line, even with its label, author and time, is short; a paragraph that mentions a date is not one. */
  static final int MAX_BLOCK = 160;
  /** A byline stands within this many text blocks after the headline (kicker, standfirst, author, share bar). */
  private static final int NEAR_TITLE = 12;
  /** A dateline above the headline stands within this many blocks of it. */
  private static final int ABOVE = 4;
  /** A dateline opens a paragraph: its date starts within the first half of this many characters. */
  private static final int DATELINE = 80;
  /** A block this long after the headline is prose: the article has begun and its byline lies behind. */
  private static final int PROSE = 200;

  /** A label set in its own block ("Mise en ligne", "Date of publication:") is short: characters and words. */
  private static final int LABEL_CHARS = 40, LABEL_WORDS = 4;

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "tr", "td", "th",
      "figure", "figcaption", "aside", "nav", "form", "address", "pre", "body", "tbody", "thead");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
      "select", "option", "button", "svg");
  /** A class or id token that names a date or the post's meta line. */
  private static final Pattern DATE_HINT = Pattern.compile(
      "(?i)date|time|publish|posted|submitted|byline|dateline|(?:^|[-_\\s])(?:post|entry|article)?-?meta(?:$|[-_\\s])|datum|fecha");
  static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)\\s*\\d{4}|copyright|\\ball rights reserved");

  private static final Pattern PUBLISHED_LABEL;
  static final Pattern MODIFIED_LABEL;

  static {
    List<String> published = new ArrayList<>(), modified = new ArrayList<>();
    for (String[] row : RuleFile.rows("date-labels.tsv", 4)) {
      (row[0].equals("modified") ? modified : published).add(row[2]);
    }
    PUBLISHED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", published) + ")(?!\\p{L})");
    MODIFIED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:" + String.join("|", modified) + ")(?!\\p{L})");
  }

  private final DateParser parser;

  HtmlDates(DateParser parser) {
    this.parser = parser;
  }

  /** What a label before a date says: a modified label wins when both stand before it ("Published ..., updated"). */
  static DateCandidate.Role labelRole(String before) {
    Matcher mod = MODIFIED_LABEL.matcher(before), pub = PUBLISHED_LABEL.matcher(before);
    int lastMod = -1, lastPub = -1;
    while (mod.find()) lastMod = mod.start();
    while (pub.find()) lastPub = pub.start();
    if (lastMod < 0 && lastPub < 0) return null;
    return lastMod > lastPub ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
  }

  /** The dates shown in the page's text, in page order. */
  List<DateCandidate> visible(Document doc, Element headline) {
    List<DateCandidate> out = new ArrayList<>();
    if (doc.body() == null) return out;
    Element mainArticle = headline == null ? null : headline.closest("article");
    Walker w = new Walker(out, headline, mainArticle);
    w.walk(doc.body(), false);
    // a date block right above the headline is its dateline ("24.01.2022 | Meldung" over the title); further up it
    // may be the masthead's "today"
    for (int i = 0; i < w.aboveTitle.size(); i++) {
      if (w.headlineAt >= 0 && w.headlineAt - w.aboveBlock.get(i) < ABOVE) {
        DateCandidate c = out.get(w.aboveTitle.get(i));
        out.set(w.aboveTitle.get(i), new DateCandidate(c.date(), c.role(), PublicationDates.DATELINE_ABOVE));
      }
    }
    return out;
  }

  /** Walks the page in order, counting text blocks, and reads the short blocks that hold a digit. */
  private final class Walker {
    final List<DateCandidate> out;
    final Element headline, mainArticle;
    int blocks;
    int headlineAt = -1;
    /** Inside the headline's {@code <article>}. */
    boolean inArticle;
    /** Set at the first paragraph of prose after the headline: the byline zone ends there. */
    boolean bodyStarted;

    final Set<Element> holdsHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** What the last label-only block said ("Mise en ligne", "Published:"), and its block number. */
    DateCandidate.Role label;
    int labelBlock = -1;

    /** Notes a block that is only a date label (a few words, no digit): it may label the date of the next block. */
    void noteLabel(String own) {
      if (own.length() > LABEL_CHARS || own.isBlank() || hasDigit(own)) return;
      DateCandidate.Role role = labelRole(own);
      if (role == null || LineFeatures.countWords(own) > LABEL_WORDS) return;
      label = role;
      labelBlock = blocks;
    }

    /** Indexes in {@code out} of hinted dates above the headline, and the block each stands in. */
    final List<Integer> aboveTitle = new ArrayList<>();
    final List<Integer> aboveBlock = new ArrayList<>();

    Walker(List<DateCandidate> out, Element headline, Element mainArticle) {
      this.out = out;
      this.headline = headline;
      this.mainArticle = mainArticle;
      for (Element e = headline; e != null; e = e.parent()) holdsHeadline.add(e);
    }

    void walk(Element e, boolean hinted) {
      String tag = e.normalName();
      // an aside named as the post's meta or date line (<aside class="meta">) holds the byline, not other stories
      if (SKIP_TAGS.contains(tag) && !(tag.equals("aside") && hints(e)) || tag.equals("a")) return;
      if (e == headline) headlineAt = blocks;
      if (tag.equals("article") && mainArticle != null && !holdsHeadline.contains(e)) {
        return; // another story's teaser or card, beside the article or inside it (related stories)
      }
      // as in HtmlPageReader: an article, the main block and what holds the headline are never furniture
      boolean declared = tag.equals("article") || tag.equals("main") || tag.equals("body") || holdsHeadline.contains(e);
      BlockHints.Kind kind = declared ? BlockHints.Kind.NONE : BlockHints.of(e);
      // inside the headline's article only readers' comments are skipped by class: themes call the byline row a
      // "footerRow" or "meta-bar"; other stories' cards there are skipped as articles or as linked dates
      if (kind == BlockHints.Kind.COMMENTS || kind == BlockHints.Kind.FURNITURE && !inArticle && !holdsProse(e)) return;
      boolean enters = e == mainArticle;
      if (enters) inArticle = true;
      boolean hint = hinted || hints(e);
      if (!hasBlockChild(e)) {
        blocks++;
        read(e, hint);
      } else {
        for (Node child : e.childNodes()) {
          if (child instanceof Element c) {
            walk(c, hint);
          } else if (child instanceof TextNode t && !t.isBlank()) {
            blocks++;
            noteLabel(t.text());
            if (headlineAt >= 0 && t.text().length() > PROSE) bodyStarted = true;
            read(t.text(), hint, e.normalName(), null);
          }
        }
      }
      if (enters) inArticle = false;
    }

    private void read(Element e, boolean hint) {
      if (e.childrenSize() == 0) noteLabel(e.ownText());
      // past the byline zone only blocks with a digit matter: look for one before building the block's text
      if ((headlineAt < 0 || bodyStarted) && !digitInside(e)) return;
      String text = e.text();
      if (text.length() > MAX_BLOCK && headlineAt >= 0 && !bodyStarted && hasDigit(text)) {
        // the lead paragraph may open with its dateline: "Pressemitteilung vom 25. Januar 2022 | Berlin – ..."
        String head = text.substring(0, DATELINE);
        Optional<DateParser.Found> f = parser.find(head, "text");
        if (f.isPresent() && f.get().start() < DATELINE / 2) {
          DateCandidate.Role role = labelRole(head.substring(0, f.get().start()));
          out.add(new DateCandidate(f.get().published().withSource("text"),
              role == null ? DateCandidate.Role.PUBLISHED : role, PublicationDates.BYLINE));
        }
      }
      // a standfirst set as a heading is not yet the body
      if (headlineAt >= 0 && text.length() > PROSE && !HEADINGS.contains(e.normalName())) bodyStarted = true;
      if (text.length() > MAX_BLOCK || !hasDigit(text)) return;
      read(text, hint, e.normalName(), e);
    }

    private void read(String text, boolean hint, String tag, Element block) {
      if (text.length() > MAX_BLOCK || !hasDigit(text) || COPYRIGHT.matcher(text).find()) return;
      Optional<DateParser.Found> found = parser.find(text, "text");
      if (found.isEmpty() && hint) found = shortYear(text);
      if (found.isEmpty()) return;
      DateParser.Found f = found.get();
      if (!hint && block != null) {
        // a date's own span may name it: <p><span class="date">24.01.2022</span> ...</p>
        for (Element d : block.getAllElements()) hint |= d != block && hints(d);
      }
      if (!hint && block != null && linked(block, text.substring(f.start(), f.end()))) {
        return; // a linked date is a teaser's or an archive link's, unless the block says it is the post's date
      }
      String before = text.substring(0, f.start());
      DateCandidate.Role labelled = labelRole(before);
      if (labelled == null && label != null && labelBlock == blocks - 1 && before.isBlank()) {
        labelled = label; // <dt>Published</dt><dd>23 May 2019</dd>: the label stands in the block before
      }
      boolean afterTitle = headlineAt >= 0;
      boolean nearTitle = afterTitle && !bodyStarted && blocks - headlineAt <= NEAR_TITLE;
      int weight;
      DateCandidate.Role role = labelled == null ? DateCandidate.Role.PUBLISHED : labelled;
      if (labelled != null && (hint || nearTitle || headline == null)) {
        weight = PublicationDates.LABELLED;
      } else if (nearTitle || hint && afterTitle) {
        weight = PublicationDates.BYLINE;
      } else if (!afterTitle && hint) {
        weight = PublicationDates.ABOVE_TITLE + 20;
      } else if (!afterTitle) {
        weight = PublicationDates.ABOVE_TITLE;
      } else {
        weight = PublicationDates.TEXT;
      }
      if (tag.startsWith("h") && tag.length() == 2 && !hint && !nearTitle
          && LineFeatures.countWords(before + " " + text.substring(f.end())) > 4) {
        return; // a heading that mentions a date names its topic ("Wahl am 26. September 2021")
      }
      if (!afterTitle && hint) {
        aboveTitle.add(out.size()); // weighed once the headline's place is known
        aboveBlock.add(blocks);
      }
      Published p = f.published().withSource("text");
      out.add(new DateCandidate(p, role, weight));
    }
  }

  /** A block that holds only a day, month and two-digit year with dots ("23.09.22"), perhaps a time after it. */
  private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile(
      "\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?:[,|\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*(?:h|Uhr))?)?\\s*");

  /**
   * A date written day.month.two-digit-year, read only when it is all a block says and the block names a date by its
   * class or id ({@code <div class="uploaded-date">23.09.22</div>}): written so, the order is always day, month,
   * year (the dots are not the American month/day order), and the year is this century's unless that is still to
   * come ("12.05.98" is 1998). Elsewhere a two-digit year is too easily a version or a score to be read as a date.
   */
  static Optional<DateParser.Found> shortYear(String text) {
    java.util.regex.Matcher m = SHORT_YEAR.matcher(text);
    if (!m.matches()) return Optional.empty();
    try {
      int year = 2000 + Integer.parseInt(m.group(3));
      if (year > java.time.Year.now(java.time.ZoneOffset.UTC).getValue()) year -= 100; // "12.05.98" is 1998
      java.time.LocalDate d = java.time.LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      return Optional.of(new DateParser.Found(m.start(1), m.end(3), new org.echotrace.model.Published(d, null, null,
          "text")));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  // class and id strings repeat across a page and a site: each is judged once (bounded like BlockHints' memo)
  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> HINTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static boolean hints(Element e) {
    return hinted(e.className()) || hinted(e.id());
  }

  private static boolean hinted(String raw) {
    if (raw.isEmpty()) return false;
    String name = BlockHints.oneDigitRuns(raw); // numbered per element: judged once per shape (no digit in the pattern)
    Boolean known = HINTS.get(name);
    if (known != null) return known;
    boolean hint = DATE_HINT.matcher(name).find();
    if (HINTS.size() > 50_000) HINTS.clear();
    HINTS.put(name, hint);
    return hint;
  }

  /** Whether any text below {@code e} holds a digit, without building its text. */
  private static boolean digitInside(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        if (hasDigit(t.getWholeText())) return true;
      } else if (n instanceof Element c && digitInside(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A block that holds a paragraph of prose is content whatever its class says: Drupal marks its article node
   * "node-promoted", themes put "sidebar" in the body's classes.
   */
  private static boolean holdsProse(Element e) {
    for (Element p : e.getElementsByTag("p")) if (p.text().length() >= PROSE) return true;
    return false;
  }

  private static boolean linked(Element block, String date) {
    for (Element a : block.select("a")) if (a.text().contains(date)) return true;
    return false;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) if (BLOCK_TAGS.contains(c.normalName())) return true;
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

}
