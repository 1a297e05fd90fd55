package org.echotrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.echotrace.internal.RegexStarts;

/**
 * Phrasing by which page furniture gives itself away, in any outlet: related-link prefixes, appeals to subscribe or
 * donate, legal lines, share bars, photo credits. The phrases live in the resource files
 * {@code org/echotrace/extract/furniture-<language>.tsv}, one entry per line, each saying what kind of text it
 * describes and where it comes from ({@code genre}, or {@code trafilatura-eval} for phrases found on that set's
 * errors); this class only compiles them. A "strong" cue marks a line as furniture on its own; a "weak" cue needs the
 * line to address the reader or speak for the outlet, or to be short, because news can mention newsletters and
 * donations too. Immutable and thread-safe once built.
 */
final class FurnitureCues {
  /** The languages whose files are read, in this order: a label's cues are tried in file order. */
  static final List<String> LANGUAGES = List.of("any", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");
  /** Every cue of the bundled files. */
  static final FurnitureCues ALL = new FurnitureCues(Set.of());

  /**
   * A group of cues with one label and one anchoring: its pattern, and for unanchored ones the lower-case keywords one
   * of which any match contains, so that the regex runs only on lines that can match (scanning long paragraphs with a
   * large case-insensitive alternation is the costliest step of extraction otherwise).
   */
  private record Cue(String label, Pattern pattern, boolean anchored, String[] keywords, RegexStarts starts) {
    boolean matches(String line, String lower, long[] pairs) {
      if (anchored) {
        // an anchored cue begins at the line's first character after white space (\s: ASCII white space)
        int k = 0;
        while (k < line.length() && isRegexSpace(line.charAt(k))) k++;
        if (k < line.length() && !starts.mayStartAt(line, k)) return false;
      }
      if (keywords.length > 0) {
        boolean any = false;
        for (String k : keywords) {
          if (k.length() >= 2 && !has(pairs, k.charAt(0), k.charAt(1))) continue; // its first two letters are absent
          if (lower.contains(k)) {
            any = true;
            break;
          }
        }
        if (!any) return false;
      }
      return anchored ? pattern.matcher(line).lookingAt() : pattern.matcher(line).find();
    }
  }

  /** One row of a cue file. */
  record Entry(String language, String label, String where, String pattern, String keywords, String origin,
      String why) {}

  /**
   * The pairs of neighbouring characters of a lower-cased line, as a 4,096-bit set of their hashes: a keyword whose
   * first two characters are not in it is not in the line, and is not searched for (the keyword searches, each a scan
   * of the line, were most of the cue test).
   */
  private static long[] pairs(String lower) {
    long[] bits = new long[64];
    for (int i = 0; i + 1 < lower.length(); i++) {
      int h = pairHash(lower.charAt(i), lower.charAt(i + 1));
      bits[h >>> 6] |= 1L << h;
    }
    return bits;
  }

  private static boolean has(long[] pairs, char a, char b) {
    int h = pairHash(a, b);
    return (pairs[h >>> 6] & 1L << h) != 0;
  }

  private static int pairHash(char a, char b) {
    return (a * 31 + b) & 4095;
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private final Cue[] strong;
  private final Pattern weak;
  /** Where a weak cue can begin; it begins where no letter or digit stands before it. */
  private final RegexStarts weakStarts;
  private final Pattern caption;
  /** Where a caption cue can begin (see {@link #caption}). */
  private final RegexStarts captionStarts;
  private final Pattern bio;

  /** The cues of the bundled files, without the entries of the given origins ({@code trafilatura-eval}). */
  FurnitureCues(Set<String> excludedOrigins) {
    Map<String, List<Entry>> groups = new LinkedHashMap<>();
    List<String> weakParts = new ArrayList<>(), captionParts = new ArrayList<>(), bioParts = new ArrayList<>();
    for (Entry e : entries()) {
      if (excludedOrigins.contains(e.origin())) continue;
      switch (e.label()) {
        case "weak" -> weakParts.add(e.pattern());
        case "caption" -> captionParts.add(e.pattern());
        case "bio" -> bioParts.add(e.pattern());
        default -> groups.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
      }
    }
    List<Cue> cues = new ArrayList<>();
    for (List<Entry> g : groups.values()) cues.add(compile(g));
    strong = cues.toArray(new Cue[0]);
    weak = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|", weakParts) + ")(?!\\p{L})");
    weakStarts = new RegexStarts(Pattern.compile("(?iu)(?:" + String.join("|", weakParts) + ")"));
    caption = Pattern.compile("(?iu)" + String.join("|", captionParts));
    captionStarts = new RegexStarts(caption);
    // a capitalised name of one to three words, then a verb of the author box: "Jane Doe is a reporter ..."
    bio = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}(" + String.join("|", bioParts) + ")\\b");
  }

  private static String key(Entry e) {
    // legal cues first: the cookie cue is tried before cues that need not name cookies
    return e.label() + "\t" + e.where();
  }

  /** Every entry of the bundled files, in language order. */
  static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (String lang : LANGUAGES) {
      for (String[] r : RuleFile.rows("furniture-" + lang + ".tsv", 6)) {
        out.add(new Entry(lang, r[0], r[1], r[2], r[3], r[4], r[5]));
      }
    }
    return out;
  }

  private static Cue compile(List<Entry> group) {
    Entry first = group.get(0);
    List<String> parts = new ArrayList<>();
    Set<String> keywords = new LinkedHashSet<>();
    boolean everyKeyworded = true;
    for (Entry e : group) {
      parts.add(e.pattern());
      if (e.keywords().equals("-")) everyKeyworded = false;
      else for (String k : e.keywords().split(",")) keywords.add(k.strip().toLowerCase(Locale.ROOT));
    }
    String alt = String.join("|", parts);
    String regex = switch (first.where()) {
      case "line" -> "^\\s*(?:" + alt + ")\\s*[:|]?\\s*$";
      case "start" -> "^\\s*(?:" + alt + ")(?!\\p{L})";
      case "any" -> "(?<![\\p{L}\\p{N}])(?:" + alt + ")(?!\\p{L})";
      case "raw" -> alt;
      default -> throw new IllegalStateException("furniture cue of " + first.label() + ": where must be line, start,"
          + " any or raw, not " + first.where());
    };
    boolean anchored = first.where().equals("line") || first.where().equals("start");
    if (!anchored && !everyKeyworded) {
      throw new IllegalStateException("furniture cue of " + first.label() + " (" + first.where()
          + "): unanchored cues need keywords, or they scan every paragraph");
    }
    return new Cue(first.label(), Pattern.compile("(?iu)" + regex), anchored,
        anchored ? new String[0] : keywords.toArray(new String[0]),
        anchored ? new RegexStarts(Pattern.compile("(?iu)(?:" + alt + ")")) : null);
  }

  /** A web address standing as the last word: "Kremlin spokesman Dmitry Peskov. kremlin.ru". */
  private static final Pattern TRAILING_DOMAIN = Pattern.compile("(?i)[.|/\\-–—]\\s*[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}\\s*$");

  boolean bio(String line) {
    return bio.matcher(line).find();
  }

  /** Only the cues that count at any line length: legal notices (cookies, privacy, copyright) and comment forms. */
  Optional<String> anyLength(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    long[] pairs = pairs(lower);
    for (Cue cue : strong) {
      if ((cue.label.equals("legal") || cue.label.equals("comment-form")) && cue.matches(line, lower, pairs)) {
        return Optional.of(cue.label);
      }
    }
    return Optional.empty();
  }

  Optional<String> strong(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    long[] pairs = pairs(lower);
    for (Cue cue : strong) if (cue.matches(line, lower, pairs)) return Optional.of(cue.label);
    return Optional.empty();
  }

  boolean weak(String line) {
    // the expression runs only on lines where a weak cue can begin at some word start
    for (int i = 0; i < line.length(); i++) {
      if ((i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1))) && weakStarts.mayStartAt(line, i)) {
        return weak.matcher(line).find();
      }
    }
    return false;
  }

  boolean caption(LineFeatures f) {
    if (f.words() > 25) return false;
    // the expression runs from the first place where a match can begin (the table reads an anchored alternative as
    // possible anywhere, and a "\b" as holding: it says yes wherever the expression may match, and no often)
    String text = f.text();
    for (int i = 0; i < text.length(); i++) {
      if (captionStarts.mayStartAt(text, i)) {
        if (caption.matcher(text).find(i)) return true;
        break;
      }
    }
    return f.words() <= 15 && TRAILING_DOMAIN.matcher(f.text()).find();
  }
}
