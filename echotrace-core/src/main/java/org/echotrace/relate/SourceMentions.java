package org.echotrace.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.internal.ResourceTable;

/**
 * The sources an article's own text names for its report: wire datelines ("TOKYO (AP) —"), attributions ("according
 * to Reuters", "laut dpa", "según EFE", "as reported by The Wall Street Journal") and credit lines ("Source: TASS"). A
 * named source that is not in the corpus is the copy's external origin; two copies naming the same source are likely
 * siblings of it. The formulas ({@code source-cues.tsv}), the agencies ({@code news-agencies.tsv}) and the words that
 * make a name an outlet's ({@code outlet-words.tsv}) are resources, each entry with its reason. Written by hand: no
 * library finds attributions of reports. Thread-safe: immutable after loading.
 */
public final class SourceMentions {
  private static final SourceMentions BUNDLED = load();
  /** Only the first characters are read for datelines and attributions: a source is named near the top or in a credit. */
  static final int SCAN = 4000;

  private final Map<String, String> agencies; // spelling -> canonical name
  /** One pattern per cue, tried only on texts that hold the cue's {@link #literals} (lower case). */
  private final Pattern[] patterns;
  private final String[] literals;
  private final Set<String> outletWords;

  private SourceMentions(Map<String, String> agencies, List<String> cues, Set<String> outletWords) {
    this.agencies = agencies;
    this.outletWords = outletWords;
    StringBuilder names = new StringBuilder();
    agencies.keySet().stream().sorted((x, y) -> y.length() - x.length())
        .forEach(s -> names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(s)));
    // a capitalised name of up to five words, for outlets that are not agencies ("The Wall Street Journal"); names
    // match case-sensitively, the cue words around them in any case
    String generic = "(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.'’&-]+(?:\\s+(?:of\\s+|de\\s+|del\\s+|della\\s+|der\\s+|di\\s+)?"
        + "\\p{Lu}[\\p{L}.'’&-]+){0,4}";
    String source = "((?<![\\p{L}])(?:" + names + ")(?![\\p{L}])|" + generic + ")";
    this.patterns = new Pattern[cues.size()];
    this.literals = new String[cues.size()];
    for (int i = 0; i < cues.size(); i++) {
      patterns[i] = Pattern.compile(regexOf(cues.get(i), source));
      literals[i] = literal(cues.get(i));
    }
  }

  /**
   * The longest fixed piece of a cue's words, lower case: a text without it cannot match the cue, so its pattern is
   * not run (one alternation of every cue, tried at every position of every article, was a sixth of a run's time).
   */
  static String literal(String cue) {
    String best = "";
    for (String token : cue.trim().split("\\s+")) {
      for (String part : token.split("\\{SOURCE\\}", -1)) {
        if (part.length() > best.length()) best = part;
      }
    }
    return best.toLowerCase(Locale.ROOT);
  }

  /** A cue as a regular expression: its words in any case, spaces as any run of spaces, {SOURCE} as the name. */
  static String regexOf(String cue, String source) {
    StringBuilder b = new StringBuilder();
    String[] tokens = cue.trim().split("\\s+");
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) b.append("\\s+");
      String[] parts = tokens[i].split("\\{SOURCE\\}", -1);
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) b.append(source);
        if (!parts[j].isEmpty()) b.append("(?iu:").append(Pattern.quote(parts[j])).append(')');
      }
    }
    return b.toString();
  }

  public static SourceMentions bundled() {
    return BUNDLED;
  }

  /** The sources the text names, canonical agency names first-seen first, then other outlets. */
  public List<String> find(String text) {
    String head = text.length() > SCAN ? text.substring(0, SCAN) : text;
    String lower = head.toLowerCase(Locale.ROOT);
    record Match(int start, String name) {}
    List<Match> found = new ArrayList<>();
    for (int c = 0; c < patterns.length; c++) {
      if (!lower.contains(literals[c])) continue;
      Matcher m = patterns[c].matcher(head);
      while (m.find()) {
        String name = null;
        for (int g = 1; g <= m.groupCount() && name == null; g++) name = m.group(g);
        if (name != null) found.add(new Match(m.start(), name));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Match::start)); // stable: at one start, cue order
    Set<String> out = new LinkedHashSet<>();
    for (Match f : found) {
      String canonical = canonical(f.name().strip());
      if (canonical != null) out.add(canonical);
    }
    return new ArrayList<>(out);
  }

  /** An agency's canonical name, an outlet's name as written (without "the"), or null for any other name. */
  String canonical(String name) {
    String agency = agencies.get(name);
    if (agency != null) return agency;
    String bare = name.replaceFirst("^(?i)the\\s+", "").replaceAll("[.’'-]+$", "");
    for (String w : bare.split("\\s+")) if (outletWords.contains(w)) return bare;
    return null;
  }

  private static SourceMentions load() {
    Map<String, String> agencies = new TreeMap<>();
    for (String[] row : rows("news-agencies.tsv", 3)) {
      for (String spelling : row[1].split("\\|")) {
        agencies.put(spelling, row[0]);
      }
    }
    List<String> cues = new ArrayList<>();
    for (String[] row : rows("source-cues.tsv", 3)) cues.add(row[1]);
    Set<String> words = new LinkedHashSet<>();
    for (String[] row : rows("outlet-words.tsv", 2)) words.add(row[0]);
    return new SourceMentions(agencies, cues, words);
  }

  /** The entries of one of this package's tables (header and comments left out). */
  static List<String[]> rows(String resource, int columns) {
    return ResourceTable.entries("/org/echotrace/relate/" + resource, columns);
  }
}
