package org.echotrace.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;

/**
 * Writes an {@link AnalysisResult} as one self-contained HTML page for people. The overview comes first (events with
 * several articles on a time axis, copy families as graphs, outlets; see {@link Overview}, {@link FamilySection}); then every relation, whose
 * two texts are drawn side by side with the evidence marked when it is opened ({@link PairView}); quotes, framing and
 * entity tables when the result has them; the articles; the input problems.
 *
 * <p><b>Size.</b> Each article's text is stored once, in a JSON block, and only when the article is in a relation;
 * relations hold offsets into those texts. A relation's texts are drawn by a small inline script ({@code pairs.js})
 * when the relation is opened, so the page does not carry a marked-up copy of both texts for every pair: 164 web
 * articles with 223 relations make a page of a few hundred kilobytes rather than a megabyte.
 *
 * <p><b>Self-contained and safe.</b> The page loads nothing: CSS is inline, the drawings are inline SVG made here, the
 * script is inline. Its Content-Security-Policy ({@code default-src 'none'}) forbids every load, and allows exactly
 * one script: the one whose SHA-256 it names, so even a bug in escaping could not run another. All data (text,
 * titles, ids, URLs, outlet names) is escaped with {@link Html#escape} and goes only into element text and quoted
 * attribute values, or into the JSON block with {@code <}, {@code >}, {@code &} and the two JavaScript line separators
 * written as {@code \}{@code uXXXX} escapes (so no data can close the block); the script puts data into the page only
 * as text nodes and attribute values set through the DOM, never as markup. Element ids and link targets are numbers
 * made here ({@code art3}, {@code rel7}), never data. URLs are shown as text, not links. Output is deterministic: no
 * time stamp.
 *
 * <p>Thread-safe: no state beyond the title.
 */
public final class HtmlReport {
  private static final String SCRIPT = script();
  private static final String SCRIPT_HASH = sha256(SCRIPT);
  /** The page's policy: nothing may load, and only the script with this hash may run. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + SCRIPT_HASH
      + "'; base-uri 'none'; form-action 'none'";
  /** Entities listed in the names table; the rest are in the JSON output. */
  static final int ENTITIES_SHOWN = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private final String corpus;

  /** A report whose title names no corpus. */
  public HtmlReport() {
    this(null);
  }

  /** A report titled after its corpus ("web-dev/articles"), or untitled when {@code corpus} is null or blank. */
  public HtmlReport(String corpus) {
    this.corpus = corpus == null || corpus.isBlank() ? null : corpus.strip();
  }

  /** The page title: "echotrace report: web-dev/articles". */
  String title() {
    return corpus == null ? "echotrace report" : "echotrace report: " + corpus;
  }

  /** Writes the page to {@code out}; does not close it. Store it as UTF-8 (the page declares that charset). */
  public void write(AnalysisResult result, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(result);
    String title = Html.escape(title());
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n<style>").append(ReportStyle.CSS)
        .append("</style></head>\n<body>\n");
    b.append(FamilySvg.definitions());
    header(index, title, b);
    flush(b, out);
    Overview.timeline(index, b);
    flush(b, out);
    FamilySection.families(index, b);
    flush(b, out);
    Overview.outlets(index, b);
    flush(b, out);
    List<Integer> listed = listed(result.relations(), index::textLength);
    relations(index, listed, b, out);
    if (StoryTables.any(index)) {
      b.append("<section id=\"quotes\"><h2>Quotes and framing</h2>");
      StoryTables.render(index, b);
      b.append("</section>\n");
    }
    if (!result.entities().isEmpty()) {
      b.append("<section id=\"entities\"><h2>Names and their variants</h2>");
      StoryTables.entities(index, ENTITIES_SHOWN, b);
      b.append("</section>\n");
    }
    flush(b, out);
    articles(index, b);
    problems(result, b);
    b.append("<footer>Written by echotrace. Offsets, scores and reasons are in the JSON output "
        + "(<code>echotrace analyze --format json</code>).</footer>\n");
    flush(b, out);
    data(index, listed, out);
    b.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    flush(b, out);
    out.flush();
  }

  private static void flush(StringBuilder b, Writer out) throws IOException {
    out.append(b);
    b.setLength(0);
  }

  private static void header(ReportIndex index, String title, StringBuilder b) {
    AnalysisResult r = index.result;
    Map<RelationKind, Integer> kinds = new EnumMap<>(RelationKind.class);
    for (Relation x : r.relations()) kinds.merge(x.kind(), 1, Integer::sum);
    long events = r.stories().stream().filter(s -> s.articles().size() > 1).count();
    b.append("<header><h1>").append(title).append("</h1><ul class=\"summary\">")
        .append("<li><b>").append(r.articles().size()).append("</b> ").append(plural(r.articles().size(), "article"))
        .append("</li><li><b>").append(r.relations().size()).append("</b> ")
        .append(plural(r.relations().size(), "relation"));
    if (!kinds.isEmpty()) {
      List<String> parts = new ArrayList<>();
      kinds.forEach((k, n) -> parts.add(n + " <span class=\"kind k-" + k.jsonName() + "\">" + k.jsonName() + "</span>"));
      b.append(": ").append(String.join(", ", parts));
    }
    b.append("</li><li><b>").append(events).append("</b> ").append(plural(events, "event"))
        .append(" with several articles (").append(r.stories().size()).append(" in all)</li><li><b>")
        .append(r.narratives().size()).append("</b> ").append(plural(r.narratives().size(), "narrative")).append("</li>");
    if (!r.quotes().isEmpty()) b.append("<li><b>").append(r.quotes().size()).append("</b> ").append(plural(r.quotes().size(), "quote")).append("</li>");
    if (!r.framing().isEmpty()) b.append("<li><b>").append(r.framing().size()).append("</b> framing ").append(plural(r.framing().size(), "term")).append("</li>");
    if (!r.entities().isEmpty()) b.append("<li><b>").append(r.entities().size()).append("</b> ").append(plural(r.entities().size(), "entity", "entities")).append("</li>");
    b.append("<li><b>").append(r.problems().size()).append("</b> input ").append(plural(r.problems().size(), "problem"))
        .append("</li></ul>");
    b.append("<nav><a href=\"#timeline\">Timeline</a> <a href=\"#families\">Copy families</a> ")
        .append("<a href=\"#outlets\">Outlets</a> <a href=\"#relations\">Relations</a> ");
    if (StoryTables.any(index)) b.append("<a href=\"#quotes\">Quotes and framing</a> ");
    if (!r.entities().isEmpty()) b.append("<a href=\"#entities\">Names</a> ");
    b.append("<a href=\"#articles\">Articles</a> <a href=\"#problems\">Problems</a></nav></header>\n");
  }

  private static String plural(long n, String singular) {
    return plural(n, singular, singular + "s");
  }

  private static String plural(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }

  /** Same-story and same-narrative pairs listed at most, the strongest first: every copy is always listed. */
  static final int MAX_INDEPENDENT = 50;
  /**
   * Characters of article text the listed independent pairs may add to the page (each text is embedded once, for the
   * side-by-side view): long pages of unrelated news make few pairs but carry 5-10k characters each, and 884 such
   * pages had made a 2 MB report of mostly same-narrative texts.
   */
  static final int INDEPENDENT_TEXT_CHARS = 350_000;

  /**
   * The relations the page lists, in order: copies first (decided before undecided), then same-story pairs, then
   * same-narrative ones, by score within each; at most {@link #MAX_INDEPENDENT} of each of the last two kinds, and no
   * more than {@link #INDEPENDENT_TEXT_CHARS} of texts the copies do not already bring (a corpus of one big event makes
   * thousands of same-story pairs: all are in the JSON output).
   */
  static List<Integer> listed(List<Relation> rs, java.util.function.ToIntFunction<String> textLength) {
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < rs.size(); n++) order.add(n);
    order.sort(Comparator.comparingInt((Integer n) -> rs.get(n).kind().isCopy() ? 0 : 1)
        .thenComparingInt(n -> rs.get(n).kind().ordinal())
        .thenComparingInt(n -> rs.get(n).origin().decided() ? 0 : 1)
        .thenComparingDouble(n -> -rs.get(n).score()).thenComparingInt(n -> n));
    Map<org.echotrace.model.RelationKind, Integer> shown = new java.util.EnumMap<>(org.echotrace.model.RelationKind.class);
    java.util.Set<String> embedded = new java.util.HashSet<>();
    long added = 0;
    List<Integer> out = new ArrayList<>();
    for (int n : order) {
      Relation x = rs.get(n);
      if (!x.isCopy()) {
        long more = (embedded.contains(x.a()) ? 0 : textLength.applyAsInt(x.a()))
            + (embedded.contains(x.b()) ? 0 : textLength.applyAsInt(x.b()));
        if (shown.getOrDefault(x.kind(), 0) >= MAX_INDEPENDENT || added + more > INDEPENDENT_TEXT_CHARS) continue;
        shown.merge(x.kind(), 1, Integer::sum);
        added += more;
      }
      embedded.add(x.a());
      embedded.add(x.b());
      out.add(n);
    }
    return out;
  }

  /** @param order the relations to list, by index ({@link #listed}) */
  private static void relations(ReportIndex index, List<Integer> order, StringBuilder b, Writer out)
      throws IOException {
    List<Relation> rs = index.result.relations();
    b.append("<section id=\"relations\"><h2>Relations (").append(rs.size()).append(")</h2>")
        .append("<p class=\"hint\">Copies first, then independent reports of one event (same-story), then events ")
        .append("carrying the same line (same-narrative). Each pair opens to its two clean texts, the origin on the ")
        .append("left. Identical passages (P) and aligned sentences (S, with their similarity) share a number and ")
        .append("colour on both sides; click a number to jump to its counterpart. <span class=\"q\">Quotes</span> are ")
        .append("outlined, with what a copy changed labelled; <u class=\"term\">framing terms</u> are underlined (hover ")
        .append("for the category).");
    if (order.size() < rs.size()) {
      b.append(" The strongest pairs of each independent kind are listed (at most ").append(MAX_INDEPENDENT)
          .append(" each, and as many as keep the page small); ").append(rs.size() - order.size())
          .append(" more are in the JSON output (<code>--format json</code>).");
    }
    b.append("</p>");
    boolean first = true;
    for (int n : order) {
      PairView.render(index, rs.get(n), n, first, b);
      first = false;
      if (b.length() > 1 << 16) flush(b, out);
    }
    b.append("</section>\n");
  }

  /** The JSON block the script reads: the texts of articles in relations, once each, and each relation's offsets. */
  private static void data(ReportIndex index, List<Integer> listed, Writer out) throws IOException {
    AnalysisResult r = index.result;
    TreeSet<Integer> used = new TreeSet<>();
    Map<String, Object> relations = new LinkedHashMap<>();
    for (int n : listed) {
      Relation x = r.relations().get(n);
      Map<String, Object> d = PairView.data(index, x);
      relations.put(String.valueOf(n), d);
      used.add(index.number(x.a()));
      used.add(index.number(x.b()));
    }
    Map<String, Object> articles = new LinkedHashMap<>();
    for (int i : used) if (i >= 0) articles.put(String.valueOf(i), PairView.articleData(index, r.articles().get(i)));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("articles", articles);
    root.put("relations", relations);
    out.append("<script type=\"application/json\" id=\"echotrace-data\">");
    JsonGenerator g = JSON.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    JSON.writeValue(g, root);
    out.append("</script>\n");
  }

  private static void articles(ReportIndex index, StringBuilder b) {
    b.append("<section id=\"articles\"><h2>Articles (").append(index.result.articles().size()).append(")</h2>")
        .append("<table class=\"articles\"><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Title</th>")
        .append("<th>Lang.</th><th>Event</th><th>URL</th></tr>");
    for (Article a : index.result.articles()) {
      Story s = index.story(a.id());
      b.append("<tr id=\"").append(index.anchor(a.id())).append("\"><td>").append(Html.escape(a.id()))
          .append("</td><td>").append(Html.escape(a.outlet())).append("</td><td>").append(Html.escape(a.publishedIso()))
          .append("</td><td>").append(Html.escape(a.title())).append("</td><td>").append(Html.escape(a.language()))
          .append("</td><td>").append(Html.escape(s == null ? null : s.id())).append("</td><td class=\"url\">")
          .append(Html.escape(a.url())).append("</td></tr>");
    }
    b.append("</table></section>\n");
  }

  private static void problems(AnalysisResult r, StringBuilder b) {
    b.append("<section id=\"problems\"><h2>Input problems (").append(r.problems().size()).append(")</h2>");
    if (r.problems().isEmpty()) b.append("<p>None: every input was read.</p>");
    else {
      b.append("<ul class=\"problems\">");
      for (InputProblem p : r.problems()) {
        b.append("<li><span class=\"sev ").append(p.severity() == InputProblem.Severity.ERROR ? "error" : "warning")
            .append("\">").append(p.severity() == InputProblem.Severity.ERROR ? "skipped" : "warning")
            .append("</span> <code>").append(Html.escape(p.path())).append(p.line() > 0 ? ":" + p.line() : "")
            .append("</code> ").append(Html.escape(p.message())).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  /** The report's one inline script: the highlighter it shares with the web UI ({@code mark.js}), then {@code pairs.js}. */
  private static String script() {
    return resource("mark.js") + "\n" + resource("pairs.js");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("the report's script is missing: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the report's script is unreadable", e);
    }
  }

  /** The CSP source for an inline script: {@code sha256-} and the Base64 of the digest of its UTF-8 text. */
  static String sha256(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * JSON that can sit inside a {@code <script>} element: {@code <}, {@code >} and {@code &} become {@code \}{@code u}
   * escapes (no {@code </script>}, no {@code <!--}), as do U+2028 and U+2029, which older JavaScript reads as line ends.
   */
  static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) return new SerializedString("\\u2028");
      if (ch == 0x2029) return new SerializedString("\\u2029");
      return null;
    }
  }
}
