package org.echotrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.Article;
import org.echotrace.model.LineKind;
import org.echotrace.model.Published;
import org.echotrace.model.RawDocument;
import org.echotrace.model.Segment;

/**
 * Extracts a clean {@link Article} from a scraped text page: classifies its lines, keeps the body paragraphs (glued
 * sentences repaired), and reads title, date, credits and outlet from the meta and furniture lines. Metadata declared
 * by the input (JSONL fields) wins over what the text says. Thread-safe once built.
 */
public final class TextPageExtractor {
  private final LineClassifier classifier = new LineClassifier();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DateParser dates = new DateParser();
  private final LanguageGuesser languages;

  public TextPageExtractor(LanguageGuesser languages) {
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  public TextPageExtractor() {
    this(new LanguageGuesser());
  }

  public Article extract(RawDocument doc, LineFrequency frequency) {
    List<LineClassifier.Line> lines = lines(doc.text());
    List<LineClassifier.Classified> classified = classifier.classify(lines, frequency);
    List<Segment> segments = new ArrayList<>(classified.size());
    StringBuilder text = new StringBuilder();
    String title = null;
    Published published = null;
    Set<String> credits = new LinkedHashSet<>();
    String byline = null;
    String siteName = null;
    for (int i = 0; i < classified.size(); i++) {
      LineClassifier.Classified c = classified.get(i);
      segments.add(new Segment(c.line(), c.kind(), c.label()));
      if (c.body() != null) {
        if (text.length() > 0) text.append("\n\n");
        text.append(splitter.repairGlued(c.body().strip()));
      }
      if (c.date() != null && published == null) published = c.date();
      if ("title".equals(c.label()) && title == null) title = lines.get(i).text().strip();
      if ("byline".equals(c.label())) byline = c.credit();
      else if ("site-name".equals(c.label())) siteName = siteName == null ? c.credit() : siteName;
      else if (c.credit() != null) credits.add(c.credit());
    }
    String outlet = doc.outlet() != null ? doc.outlet()
        : siteName != null ? siteName : outletFromFurniture(lines, classified);
    Published declared = dates.parseDeclared(doc.published()).orElse(null);
    if (declared != null) published = declared;
    if (published == null) published = dates.fromUrl(doc.url()).orElse(null);
    String attribution = credits.isEmpty() ? byline : String.join("; ", credits);
    String body = text.toString();
    return new Article(doc.id(), doc.title() != null ? doc.title() : title, published, attribution, outlet, doc.url(),
        languages.guess(body), body, segments, List.copyOf(credits));
  }

  /** Non-empty lines, numbered from 1 as in the input (empty lines count for numbering). */
  static List<LineClassifier.Line> lines(String text) {
    List<LineClassifier.Line> out = new ArrayList<>();
    int no = 0;
    for (String raw : text.split("\r\n|\r|\n", -1)) {
      no++;
      String t = raw.replace('\u00A0', ' ').strip();
      if (!t.isEmpty()) out.add(new LineClassifier.Line(no, t));
    }
    return out;
  }

  private static final Pattern NAME = Pattern.compile(
      "\\b((?:The\\s+)?\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){1,3})\\b");

  /**
   * The outlet as it names itself in its own furniture ("Support The Moscow Times!", "a news release to St Petersburg
   * Star"): the capitalised name of two to four words that recurs most in boilerplate lines, at least twice.
   */
  static String outletFromFurniture(List<LineClassifier.Line> lines, List<LineClassifier.Classified> classified) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (classified.get(i).kind() != LineKind.BOILERPLATE) continue;
      String text = lines.get(i).text();
      if (classified.get(i).label().startsWith("teaser") || classified.get(i).label().equals("footer-link")) continue;
      Matcher m = NAME.matcher(text);
      Set<String> inLine = new LinkedHashSet<>();
      while (m.find()) inLine.add(m.group(1).replaceFirst("^(?:Get|Support|Subscribe|Sign|Follow|Read|More|Dear|Our|By|A)\\s+", ""));
      for (String name : inLine) if (name.contains(" ")) counts.merge(name, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
