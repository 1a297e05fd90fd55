package org.echotrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.echotrace.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts an HTML page into the lines of its main content, with the page's declared metadata. jsoup parses (forgiving of
 * broken markup); the choice of the main block is ours:
 * <ol>
 *   <li>drop what is never article text: scripts, forms' controls, navigation, asides, page headers and footers,
 *       hidden elements, and blocks whose class or id says comment, share, related, newsletter, cookie, sidebar, ...
 *       (unless it also says article, content, body, main);
 *   <li>pick the main block: a block that says what it is ({@code itemprop=articleBody}, {@code <article>},
 *       {@code class="article-body"}, {@code <main>}) when it holds enough text, else the element whose paragraphs
 *       carry the most non-link text (each paragraph credits its parent fully and its grandparent by half, as
 *       Readability does);
 *   <li>emit one line per block (paragraph, heading, list item, quote, cell, caption), with the share of its text that
 *       sits inside links, for the line classifier that then removes the furniture that survived (teaser lists,
 *       "READ MORE" links, appeals, captions).
 * </ol>
 * Thread-safe: no state.
 */
public final class HtmlPageReader {
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "object", "embed", "video", "audio", "map", "input", "select", "textarea", "button", "label", "option",
      "nav", "aside", "dialog", "menu");
  private static final Set<String> ALWAYS_DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "object", "embed", "video", "audio", "map", "input", "select", "textarea", "button", "option");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1",
      "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
      "figure", "figcaption", "address", "hr", "center", "form", "fieldset", "details", "summary", "caption", "tbody",
      "thead", "tfoot");
  private static final Pattern CONTENT_CLASS = Pattern.compile(
      "(?i)(?:(?:article|post|entry|story|news|blog)[-_]?(?:body|content|text|inner|main)|^(?:content|main-content|maincontent|article)$)");

  /** Longest credit block kept for the line classifier: a byline with a date and a role fits in 100 characters. */
  private static final int CREDIT_CHARS = 100;
  /** The tag of lines of a second story below the article (see {@code LineBuilder.endsStory}). */
  static final String NEXT_STORY = "next-story";
  /** Text of the main block under the headline before a second story may begin: a short article's worth. */
  private static final int STORY_CHARS = 300;
  /** Shortest sibling of the main block taken as content: a sentence, a table row or two. */
  private static final int SIBLING_CHARS = 50;
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> CONTAINERS = Set.of("p", "div", "section", "article", "table", "ul", "ol");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** A class token that names a caption: {@code wp-caption-text}, {@code figure__caption}; not {@code captions}. */
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)(?:^|[-_])caption(?:-text)?(?:$|\\s)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private final HtmlMetadataReader metadata = new HtmlMetadataReader();

  public Page read(RawDocument raw) {
    Document doc = Jsoup.parse(raw.text(), raw.url() == null ? "" : raw.url());
    PageMetadata meta = metadata.read(doc, raw.url());
    // Like Readability, retry with gentler cleaning when the aggressive pass threw the article away (sites put
    // articles in <aside> or in blocks called "teaser-detail"): keep the gentle result when it holds at least twice
    // the prose.
    List<PageLine> strict = lines(doc.body().clone(), true);
    List<PageLine> gentle = lines(doc.body().clone(), false);
    return new Page(raw, prose(gentle) > 2 * prose(strict) + 200 ? gentle : strict, meta);
  }

  private static List<PageLine> lines(Element body, boolean strict) {
    clean(body, strict);
    Element main = mainBlock(body);
    // The gentle pass chose its main block without trusting class names; what lies around that block is still
    // judged by them, so that a short article keeps its text without the sidebar and comments beside it.
    if (!strict) {
      dropAround(body, main);
      dropInside(main);
    }
    List<PageLine> lines = new ArrayList<>();
    new LineBuilder(lines, main, contentSiblings(main, body)).walk(body);
    return lines;
  }

  /**
   * Siblings of the main block that read as content, as Readability appends them: the text beside the chosen block
   * (a lead in its own div, a spec table or recipe list after it) when it holds at least {@link #SIBLING_CHARS}
   * characters and under a quarter of them in links (teaser lists and link bars are mostly links). Furniture was
   * already cut by class, tag and role.
   */
  private static Set<Element> contentSiblings(Element main, Element body) {
    Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (main == body || main.parent() == null) return out;
    for (Element sibling : main.parent().children()) {
      if (sibling == main || HEADINGS.contains(sibling.normalName())) continue;
      String text = sibling.text();
      if (text.length() >= SIBLING_CHARS && linkShare(sibling) < 0.25) out.add(sibling);
    }
    return out;
  }

  /** Characters in lines that read as prose: sentence-like, 10+ words, mostly not links. */
  private static int prose(List<PageLine> lines) {
    int n = 0;
    for (PageLine l : lines) {
      if (l.linkShare() > 0.3) continue;
      LineFeatures f = LineFeatures.of(l.text(), 1);
      if (f.words() >= 10 && f.sentenceLike()) n += l.text().length();
    }
    return n;
  }

  private static void clean(Element body, boolean strict) {
    // Pages rendered by script keep their text for crawlers in <noscript> (Blogger does): such a block is content.
    for (Element e : body.select("noscript")) if (e.text().length() > 200) e.unwrap();
    List<Element> drop = new ArrayList<>();
    Set<Element> kept = declaredAncestors(body);
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      if (ALWAYS_DROP.contains(e.normalName()) || hidden(e) || !kept.contains(e) && (strict ? furniture(e) : comments(e))) {
        drop.add(e);
      }
      if (strict && !kept.contains(e) && teaserGrid(e)) {
        drop.add(e);
        Element heading = e.previousElementSibling();
        if (heading != null && !kept.contains(heading) && listHeading(heading)) drop.add(heading);
      }
    }
    for (Element e : drop) if (e.parent() != null) e.remove();
  }

  /** Fewest teaser cards that make a grid of them. */
  private static final int TEASER_CARDS = 3;
  /** Longest text of one teaser card: a headline and an excerpt of two or three sentences. */
  private static final int CARD_CHARS = 800;

  /**
   * A block of {@link #TEASER_CARDS} or more children of one kind (same tag and class), at least two thirds of them
   * teaser cards: a short block whose headline (h1-h6) is a link to another page, with an excerpt at most (grids of
   * related, recommended or latest stories, whatever their class names say). An article's own sections are longer,
   * and their headings are not links.
   */
  private static boolean teaserGrid(Element e) {
    List<Element> kids = e.children();
    if (kids.size() < TEASER_CARDS) return false;
    int cards = 0;
    for (Element kid : kids) {
      if (kid.normalName().equals(kids.get(0).normalName()) && kid.className().equals(kids.get(0).className())
          && teaserCard(kid)) {
        cards++;
      }
    }
    return cards >= TEASER_CARDS && cards * 3 >= kids.size() * 2;
  }

  private static boolean teaserCard(Element card) {
    Element heading = card.selectFirst("h1, h2, h3, h4, h5, h6");
    if (heading == null || heading.text().isBlank()) return false;
    boolean linked = heading.closest("a[href]") != null;
    if (!linked) {
      int inLinks = 0;
      for (Element a : heading.select("a[href]")) inLinks += a.text().length();
      linked = inLinks * 10 >= heading.text().length() * 6;
    }
    return linked && card.text().length() <= CARD_CHARS;
  }

  /** A heading for a list: a heading element, or a header block of a few words. */
  private static boolean listHeading(Element e) {
    String text = e.text();
    if (text.isBlank() || LineFeatures.countWords(text) > 6) return false;
    return HEADINGS.contains(e.normalName()) || e.selectFirst("h1, h2, h3, h4, h5, h6") != null;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** Never article text by tag (navigation, asides, page headers and footers) or by class, id and role. */
  private static boolean furniture(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) return true;
    if (tag.equals("header") || tag.equals("footer")) return e.closest("article, main") == null;
    if (tag.equals("article") || tag.equals("main")) return false;
    BlockHints.Kind kind = BlockHints.of(e);
    // a credit line ("By Jane Doe, 3 May 2024") is at most ~100 characters; an author's biography is longer
    return kind == BlockHints.Kind.FURNITURE || kind == BlockHints.Kind.COMMENTS
        || kind == BlockHints.Kind.CREDITS && e.text().length() > CREDIT_CHARS;
  }

  private static boolean comments(Element e) {
    return !e.normalName().equals("article") && !e.normalName().equals("main")
        && BlockHints.of(e) == BlockHints.Kind.COMMENTS;
  }

  /** Drops the furniture that neither holds nor lies inside {@code main}. Linear: main's subtree is skipped. */
  private static void dropAround(Element body, Element main) {
    Set<Element> around = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element e = main; e != null; e = e.parent()) around.add(e);
    List<Element> drop = new ArrayList<>();
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(body.children());
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      if (e == main) continue;
      if (!around.contains(e) && furniture(e)) drop.add(e);
      else todo.addAll(e.children());
    }
    for (Element e : drop) e.remove();
  }

  /**
   * The gentle pass's furniture inside its main block: blocks that class, tag or role call furniture and that hold
   * neither the block's densest run of paragraphs (the article, which the strict pass lost to its wrapper's class)
   * nor a quarter of its text (a sidebar or an author box inside a page-wide wrapper).
   */
  private static void dropInside(Element main) {
    Element core = densest(main);
    Set<Element> holdsCore = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element e = core; e != null && e != main; e = e.parent()) holdsCore.add(e);
    int all = main.text().length();
    List<Element> drop = new ArrayList<>();
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(main.children());
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      if (!holdsCore.contains(e) && furniture(e) && e.text().length() * 4 <= all) drop.add(e);
      else todo.addAll(e.children());
    }
    for (Element e : drop) e.remove();
  }

  /**
   * Blocks that hold what the page declares as its article (the body of {@code itemprop=articleBody}, {@code <main>},
   * the first {@code <h1>}) and their ancestors: a class name never drops them (WordPress themes wrap the article in
   * {@code content-sidebar-wrap}, Blogger in {@code widget Blog}). Linear: each declared block walks up once.
   */
  private static Set<Element> declaredAncestors(Element body) {
    Set<Element> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> declared = new ArrayList<>(body.select("[itemprop=articleBody], main, [role=main]"));
    Element h1 = body.selectFirst("h1");
    if (h1 != null) declared.add(h1);
    for (Element d : declared) {
      for (Element e = d; e != null && e != body && kept.add(e); e = e.parent()) {
        // walks stop at the first block already marked
      }
    }
    return kept;
  }

  /** The block that holds the article: a declared one with enough text, else the densest block of paragraphs. */
  static Element mainBlock(Element body) {
    int total = body.text().length();
    Element best = null;
    int bestLength = 0; // text lengths are computed once per candidate: text() walks the whole subtree
    // of several <article>s (a story and the next ones loaded below it), the one that holds the page's headline
    Element h1 = body.selectFirst("h1");
    Element headlineArticle = h1 == null ? null : h1.closest("article");
    for (Element e : body.select("[itemprop=articleBody], article, [role=main], main")) {
      if (headlineArticle != null && e.normalName().equals("article") && e != headlineArticle
          && !e.parents().contains(headlineArticle) && !headlineArticle.parents().contains(e)) {
        continue;
      }
      int length = e.text().length();
      if (best == null || length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    for (Element e : body.getAllElements()) {
      if (e == best || !(CONTENT_CLASS.matcher(e.className()).find() || CONTENT_CLASS.matcher(e.id()).find())) continue;
      if (best == null || bestLength < 200) {
        int length = e.text().length();
        if (best == null || length > 0.8 * bestLength) {
          best = e;
          bestLength = length;
        }
      }
    }
    if (best != null && bestLength >= Math.min(500, total / 4 + 1)) return widen(best);
    Element dense = densest(body);
    return dense == null ? body : widen(dense);
  }

  /** A main block that holds only part of a split article (text then a second div of paragraphs) widens to its parent. */
  private static Element widen(Element e) {
    Element p = e.parent();
    if (p == null || p.normalName().equals("body") || p.normalName().equals("html")) return e;
    int inside = paragraphText(e), around = paragraphText(p);
    return around > inside * 1.5 && linkShare(p) < 0.25 ? p : e;
  }

  private static Element densest(Element body) {
    java.util.Map<Element, Double> score = new java.util.HashMap<>();
    for (Element p : paragraphs(body)) {
      String text = p.text();
      int len = text.length();
      if (len < 25) continue;
      double value = (1 + Math.min(len / 100.0, 3) + count(text, ',')) * (1 - linkShare(p, len));
      Element parent = p.parent(), grand = parent == null ? null : parent.parent();
      if (parent != null) score.merge(parent, value, Double::sum);
      if (grand != null) score.merge(grand, value / 2, Double::sum);
    }
    return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
  }

  /**
   * The blocks that score: p, pre, td, blockquote, and divs that hold none of p, div, section, article, table, ul,
   * ol. One pass from the leaves up marks the elements that hold such a block (a {@code div:not(:has(...))} selector
   * searches each div's subtree again: quadratic in the nesting depth).
   */
  private static List<Element> paragraphs(Element body) {
    List<Element> all = body.getAllElements();
    Set<Element> holdsBlock = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = all.size() - 1; i > 0; i--) {
      Element e = all.get(i);
      if (CONTAINERS.contains(e.normalName()) || holdsBlock.contains(e)) holdsBlock.add(e.parent());
    }
    List<Element> out = new ArrayList<>();
    for (Element e : all) {
      String tag = e.normalName();
      if (SCORED.contains(tag) || tag.equals("div") && !holdsBlock.contains(e)) out.add(e);
    }
    return out;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }


  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  static double linkShare(Element e) {
    return linkShare(e, e.text().length());
  }

  private static double linkShare(Element e, int all) {
    if (all == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1.0, (double) links / all);
  }

  /**
   * A figcaption, or a block whose class names a caption and that holds no heading: a theme's switch on the page
   * ({@code <body class="mh-loop-hide-caption">}) names no caption, and a caption never holds the headline.
   */
  private static boolean caption(Element e) {
    if (e.normalName().equals("figcaption")) return true;
    String cls = e.className();
    return cls.contains("caption") && CAPTION_CLASS.matcher(cls).find() && !e.normalName().equals("body")
        && e.selectFirst("h1, h2, h3, h4, h5, h6") == null;
  }

  /** Walks the DOM and emits one line per block, tracking how much of each line sits inside links. */
  private static final class LineBuilder {
    private final List<PageLine> out;
    private final Element main;
    private final Set<Element> siblings;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean opensWithLink;
    private String tag;
    private boolean inMain;
    private int depthInMain;
    /** Whether the page's headline (its first h1) has been passed, and the main block's text since then. */
    private boolean headlineSeen;
    private int mainTextAfterHeadline;
    /** Set where a second story begins inside the main block: its lines are tagged {@link #NEXT_STORY}. */
    private boolean ended;

    LineBuilder(List<PageLine> out, Element main, Set<Element> siblings) {
      this.out = out;
      this.main = main;
      this.siblings = siblings;
    }

    void walk(Node node) {
      walk(node, 0, null);
      flush();
    }

    private void walk(Node node, int inLink, String block) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        if (s.isBlank()) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
          return;
        }
        if (text.length() == 0) {
          tag = block;
          inMain = depthInMain > 0;
          opensWithLink = inLink > 0;
        }
        String norm = SPACES.matcher(s).replaceAll(" ");
        text.append(norm);
        if (inLink > 0) linkChars += norm.strip().length();
        return;
      }
      if (!(node instanceof Element e)) return;
      String name = e.normalName();
      if (name.equals("br")) {
        flush();
        return;
      }
      boolean inside = e == main || siblings.contains(e);
      if (!ended && depthInMain > 0 && endsStory(e, name)) {
        flush();
        ended = true;
      }
      if (name.equals("h1")) headlineSeen = true;
      boolean isBlock = BLOCKS.contains(name) || inside;
      if (isBlock) flush();
      // a caption's lines are captions whatever block holds them (<figcaption><p>, WordPress's wp-caption-text)
      String here = "figcaption".equals(block) ? block : caption(e) ? "figcaption" : isBlock ? name : block;
      int link = inLink + (name.equals("a") ? 1 : 0);
      if (inside) depthInMain++;
      for (Node child : e.childNodes()) walk(child, link, here);
      if (isBlock) flush();
      if (inside) depthInMain--;
    }

    /**
     * Whether {@code e} opens another story inside the main block, as pages that load the next stories below the
     * article do: an {@code <article>} with its own {@code h1} and text, after at least
     * {@link #STORY_CHARS} characters of the main block's text under the page's headline.
     */
    private boolean endsStory(Element e, String name) {
      if (!headlineSeen || mainTextAfterHeadline < STORY_CHARS || !name.equals("article")) return false;
      // a second h1 alone is no sign (older pages set every section's heading as h1), nor an <article> headed by an
      // h2 (CMSs wrap each section of one article in <article>): a story loaded below has its own h1
      return e.selectFirst("h1") != null && e.text().length() >= STORY_CHARS;
    }

    private void flush() {
      String line = text.toString().replace('\u00A0', ' ').strip();
      if (!line.isEmpty()) {
        double share = Math.min(1.0, (double) linkChars / line.length());
        if (inMain && headlineSeen) mainTextAfterHeadline += line.length();
        out.add(new PageLine(out.size() + 1, line, ended ? NEXT_STORY : tag, share, inMain && !ended, opensWithLink));
      }
      text.setLength(0);
      linkChars = 0;
      opensWithLink = false;
      tag = null;
    }
  }
}
