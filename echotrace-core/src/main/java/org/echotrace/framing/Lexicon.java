package org.echotrace.framing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The framing lexicon: loaded terms and naming choices, each an {@link Entry} with an id, a category and the phrases
 * that mark it. Immutable and thread-safe.
 *
 * <p>File format (JSON; the bundled {@code lexicon.json} beside this class is the example):
 *
 * <pre>{@code
 * {"entries": [
 *   {"id": "kiev-regime", "category": "delegitimising-name", "language": "en",
 *    "patterns": ["Kiev regime", "regime in Kiev", "Kyiv regime"],
 *    "note": "names the government by its seat to deny it legitimacy"},
 *   {"id": "kiev-spelling", "category": "naming-choice", "choice": "ukraine-capital", "patterns": ["Kiev"]}
 * ]}
 * }</pre>
 *
 * <p>A pattern is a phrase of words, matched on word boundaries and case-insensitively; see {@link FramingScanner}
 * for what else matches (possessives, regular plurals, a trailing {@code *} for any ending). {@code language} (ISO
 * 639-1) limits an entry to articles in that language or of unknown language. Entries sharing a {@code choice} are
 * alternatives for one referent ("Kiev" vs "Kyiv"), so that outlets can be compared on which they pick.
 *
 * <p>An entry may count only in context: {@code "near": {"categories": ["loaded-language", ...], "words": 2}} keeps
 * its hits only where a hit of another entry, of one of those categories and itself needing no context, lies within
 * that many words in the same clause. Degree words are such entries: "extremely", "huge" and "massive" say how much,
 * not how to judge ("a massive earthquake"), but "utterly disgraceful" and "massive lies" frame.
 */
public final class Lexicon {
  private static final String RESOURCE = "lexicon.json";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile Lexicon bundled;

  /**
   * One loaded term or naming choice.
   *
   * @param id stable id ("kiev-regime"): lowercase letters, digits and hyphens
   * @param category what kind of framing ("delegitimising-name", "naming-choice", "loaded-language", "name-calling",
   *     "euphemism", "distancing", ...)
   * @param patterns the phrases that mark it; empty only in an override file, where it removes the entry
   * @param language ISO 639-1 code the entry is limited to, or null for any language
   * @param note why the term frames, in a sentence; may be empty
   * @param choice the referent this entry is one name of ("ukraine-capital"), or null when it is not a naming choice
   * @param near the context its hits need to count, or null when they count alone
   */
  public record Entry(String id, String category, List<String> patterns, String language, String note,
      String choice, Near near) implements java.io.Serializable {
    /** An entry whose hits count alone. */
    public Entry(String id, String category, List<String> patterns, String language, String note, String choice) {
      this(id, category, patterns, language, note, choice, null);
    }

    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      if (!ID.matcher(id).matches()) throw new IllegalArgumentException("entry id must match [a-z0-9-]+, got " + id);
      if (category.isBlank()) throw new IllegalArgumentException("entry " + id + ": blank category");
      patterns = List.copyOf(patterns);
      note = note == null ? "" : note;
      for (String p : patterns) Phrase.parse(p);
    }
  }

  /**
   * The context an entry's hits need: a hit of another entry of one of {@code categories} (an entry that needs no
   * context itself) within {@code words} words, with no sentence or clause punctuation between.
   */
  public record Near(List<String> categories, int words) implements java.io.Serializable {
    public Near {
      categories = List.copyOf(categories);
      if (categories.isEmpty()) throw new IllegalArgumentException("\"near\" needs at least one category");
      if (words < 0) throw new IllegalArgumentException("\"near\" words must be >= 0, got " + words);
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byId;

  private Lexicon(List<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (map.put(e.id(), e) != null) throw new IllegalArgumentException("duplicate lexicon entry id " + e.id());
    }
    this.entries = List.copyOf(entries);
    this.byId = map;
  }

  /** A lexicon of these entries (ids must be distinct). */
  public static Lexicon of(List<Entry> entries) {
    return new Lexicon(entries);
  }

  /** The lexicon shipped with echotrace. */
  public static Lexicon bundled() {
    Lexicon b = bundled;
    if (b == null) {
      try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("bundled framing lexicon missing: " + RESOURCE);
        b = parse(JSON.readTree(in), "bundled " + RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("bundled framing lexicon unreadable", e);
      }
      bundled = b;
    }
    return b;
  }

  /**
   * The bundled lexicon extended by a user file: an entry with a new id is added, an entry with a bundled id
   * replaces it, and an entry with an empty {@code patterns} list removes it.
   *
   * @throws IOException when the file cannot be read or is not a valid lexicon; the message names the file (and the
   *     line and column for malformed JSON)
   */
  public static Lexicon load(Path file) throws IOException {
    return merge(bundled(), read(file));
  }

  /** The entries of one file alone, not merged with the bundled lexicon (empty-pattern entries kept). */
  public static Lexicon read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new IOException("framing lexicon " + file + where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null) throw new IOException("framing lexicon " + file + ": empty file");
    try {
      return parse(root, file.toString());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** {@code base} with {@code override}'s entries added or replacing base entries of the same id (empty patterns remove). */
  public static Lexicon merge(Lexicon base, Lexicon override) {
    Map<String, Entry> map = new LinkedHashMap<>(base.byId);
    for (Entry e : override.entries) {
      if (e.patterns().isEmpty()) map.remove(e.id());
      else map.put(e.id(), e);
    }
    return new Lexicon(new ArrayList<>(map.values()));
  }

  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return entries.size();
  }

  /** Number of entries per category, in category order. */
  public Map<String, Integer> categories() {
    Map<String, Integer> out = new TreeMap<>();
    for (Entry e : entries) out.merge(e.category(), 1, Integer::sum);
    return out;
  }

  private static Lexicon parse(JsonNode root, String source) {
    JsonNode list = root.isArray() ? root : root.get("entries");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("framing lexicon " + source + ": expected {\"entries\": [...]}");
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String where = "framing lexicon " + source + ", entry " + i;
      try {
        Entry e = entry(n);
        Integer before = seen.put(e.id(), i);
        if (before != null) throw new IllegalArgumentException("id " + e.id() + " repeats entry " + before);
        entries.add(e);
      } catch (IllegalArgumentException | NullPointerException e) {
        String id = n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "";
        throw new IllegalArgumentException(where + id + ": " + e.getMessage(), e);
      }
    }
    return new Lexicon(entries);
  }

  private static Entry entry(JsonNode n) {
    if (!n.isObject()) throw new IllegalArgumentException("not an object");
    JsonNode patterns = n.get("patterns");
    if (patterns == null || !patterns.isArray()) throw new IllegalArgumentException("\"patterns\" must be a list");
    List<String> list = new ArrayList<>();
    patterns.forEach(p -> {
      if (!p.isTextual()) throw new IllegalArgumentException("pattern " + p + " is not a string");
      list.add(p.asText());
    });
    return new Entry(text(n, "id"), text(n, "category") == null && list.isEmpty() ? "removed" : text(n, "category"),
        list, text(n, "language"), text(n, "note"), text(n, "choice"), near(n.get("near")));
  }

  private static Near near(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (!n.isObject() || !n.path("categories").isArray() || !n.path("words").canConvertToInt()) {
      throw new IllegalArgumentException("\"near\" must be {\"categories\": [...], \"words\": N}");
    }
    List<String> categories = new ArrayList<>();
    n.get("categories").forEach(c -> categories.add(c.asText()));
    return new Near(categories, n.get("words").asInt());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
