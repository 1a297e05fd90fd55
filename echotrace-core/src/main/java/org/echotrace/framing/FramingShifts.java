package org.echotrace.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.SentencePair;

/**
 * Term substitutions between a copy and its origin: places where the two say the same thing in different words and
 * one side's words hit the lexicon ("Ukraine and the Kiev regime" → "Ukraine’s government", "Kyiv" → "Kiev", a
 * "so-called" the copy dropped).
 *
 * <p>Where: copy relations only ({@link Relation#isCopy()}) between articles of one language (a translation's words
 * do not align word by word); inside each aligned passage, in the gap between two
 * consecutive passages (a replaced word breaks a passage), and inside each aligned sentence pair. Within such a
 * region the words of both sides are aligned by a longest common subsequence; a lexicon hit some of whose words are
 * unaligned is a candidate (words compare folded and without a final -s). Its counterpart is the other side's text
 * between the counterparts of the nearest aligned words around the hit (moving past an aligned function word that an
 * LCS may have paired by accident when the word beyond it is aligned too), trimmed of aligned words and function
 * words at both ends. A counterpart may be empty (the copy dropped or added the term).
 *
 * <p>Not reported: hits whose words all align (both sides say it), hits whose entry the other side's text of the
 * same region also hits (the term moved, it did not go), a naming choice the other side simply leaves out, hits
 * inside a longer hit that is reported, and counterparts longer than {@value #MAX_COUNTERPART} words or three times the hit (a rewrite, not a
 * substitution). The origin is the relation's decided origin, else side a. Stateless and thread-safe.
 */
public final class FramingShifts {
  /** Aligned regions are compared word by word in O(n·m): longer middles (after equal ends) are skipped. */
  static final int MAX_WORDS = 400;
  /** A gap between two passages longer than this (characters) is unrelated text, not an edit. */
  static final int MAX_GAP_CHARS = 600;
  /** A counterpart longer than this many words is a rewrite of the sentence, not a replaced term. */
  static final int MAX_COUNTERPART = 12;
  private static final String NAMING_CHOICE = "naming-choice";
  private static final Set<String> FUNCTION_WORDS = org.echotrace.internal.ResourceTable
      .entries("/org/echotrace/framing/function-words.tsv", 3).stream().map(row -> row[0])
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private FramingShifts() {}

  /** Shifts in the copy relations, scanning the articles involved with {@code scanner}. */
  public static List<FramingShift> find(List<Article> articles, List<Relation> relations, FramingScanner scanner) {
    Set<String> involved = relations.stream().filter(Relation::isCopy).flatMap(r -> Stream.of(r.a(), r.b()))
        .collect(Collectors.toSet());
    List<FramingHit> hits = articles.stream().filter(a -> involved.contains(a.id()))
        .flatMap(a -> scanner.scan(a).stream()).toList();
    return find(articles, relations, hits);
  }

  /** Shifts in the copy relations, given the articles' hits (as {@link FramingScanner#scan} returned them). */
  public static List<FramingShift> find(List<Article> articles, List<Relation> relations, List<FramingHit> hits) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    Map<String, List<FramingHit>> hitsById = hits.stream().collect(Collectors.groupingBy(FramingHit::article));
    Map<String, Side> sides = new HashMap<>();
    List<FramingShift> out = new ArrayList<>();
    for (Relation r : relations) {
      if (!r.isCopy()) continue;
      boolean swap = r.origin().decided() && r.origin().id().equals(r.b());
      Article o = byId.get(swap ? r.b() : r.a()), c = byId.get(swap ? r.a() : r.b());
      if (o == null || c == null || !sameLanguage(o, c)) continue;
      // a shift starts from a hit (Region.shifts): without one on either side there is nothing to align, and most
      // copies of a large corpus have none
      if (!hitsById.containsKey(o.id()) && !hitsById.containsKey(c.id())) continue;
      Side os = sides.computeIfAbsent(o.id(), id -> Side.of(o, hitsById.getOrDefault(id, List.of())));
      Side cs = sides.computeIfAbsent(c.id(), id -> Side.of(c, hitsById.getOrDefault(id, List.of())));
      Map<List<Integer>, FramingShift> found = new LinkedHashMap<>();
      for (int[] unit : units(r, swap)) new Region(os, cs, unit).shifts(found);
      found.values().stream().sorted(Comparator.comparingInt(FramingShift::originStart)
          .thenComparingInt(FramingShift::copyStart)).forEach(out::add);
    }
    return out;
  }

  /** Words of a translation cannot be aligned word by word: only same-language (or unknown-language) pairs count. */
  private static boolean sameLanguage(Article a, Article b) {
    return a.language() == null || b.language() == null || a.language().equalsIgnoreCase(b.language());
  }

  /** Aligned regions as {originFrom, originTo, copyFrom, copyTo}: passages, gaps between them, sentence pairs. */
  static List<int[]> units(Relation r, boolean swap) {
    List<int[]> units = new ArrayList<>();
    List<Passage> passages = r.passages().stream().map(p -> swap ? p.swapped() : p)
        .sorted(Comparator.comparingInt(Passage::aStart)).toList();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      units.add(new int[] {p.aStart(), p.aEnd(), p.bStart(), p.bEnd()});
      if (i + 1 < passages.size()) {
        Passage q = passages.get(i + 1);
        boolean inOrder = q.aStart() >= p.aEnd() && q.bStart() >= p.bEnd();
        if (inOrder && q.aStart() - p.aEnd() <= MAX_GAP_CHARS && q.bStart() - p.bEnd() <= MAX_GAP_CHARS) {
          units.add(new int[] {p.aEnd(), q.aStart(), p.bEnd(), q.bStart()});
        }
      }
    }
    for (SentencePair s : r.sentences()) {
      SentencePair t = swap ? s.swapped() : s;
      units.add(new int[] {t.aStart(), t.aEnd(), t.bStart(), t.bEnd()});
    }
    return units;
  }

  /** One article's words and hits. */
  private record Side(Article article, Words words, String[] keys, List<FramingHit> hits) {
    static Side of(Article a, List<FramingHit> hits) {
      Words words = Words.of(a.text());
      return new Side(a, words, keys(words.folded),
          hits.stream().sorted(Comparator.comparingInt(FramingHit::start)).toList());
    }

    /** Words compared without a final -s, so that "want" and "wants" align. */
    private static String[] keys(String[] folded) {
      String[] out = new String[folded.length];
      for (int i = 0; i < folded.length; i++) {
        String w = folded[i];
        out[i] = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      }
      return out;
    }

    /** First word starting at or after {@code offset}. */
    int wordAtOrAfter(int offset) {
      int lo = 0, hi = words.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (words.starts[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    /** One past the last word ending at or before {@code offset}. */
    int wordsEndingBy(int offset) {
      int lo = 0, hi = words.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (words.ends[mid] <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  /** One aligned region of origin and copy, its word alignment, and the shifts inside it. */
  private static final class Region {
    private final Side[] sides;
    private final int[] from = new int[2];
    private final int[] to = new int[2];
    private final int[][] match = new int[2][];
    private final int[] charFrom;
    private final int[] charTo;

    Region(Side origin, Side copy, int[] unit) {
      sides = new Side[] {origin, copy};
      charFrom = new int[] {unit[0], unit[2]};
      charTo = new int[] {unit[1], unit[3]};
      for (int s = 0; s < 2; s++) {
        from[s] = sides[s].wordAtOrAfter(charFrom[s]);
        to[s] = Math.max(from[s], sides[s].wordsEndingBy(charTo[s]));
      }
    }

    /** Copy side first, so that a spelling change ("Kyiv" → "Kiev") is filed under the copy's entry. */
    void shifts(Map<List<Integer>, FramingShift> found) {
      List<List<FramingHit>> inside = List.of(hitsInside(0), hitsInside(1));
      if (inside.get(0).isEmpty() && inside.get(1).isEmpty()) return;
      if (!align()) return;
      for (int s = 1; s >= 0; s--) {
        List<FramingHit> shifted = new ArrayList<>();
        List<FramingHit> longestFirst = inside.get(s).stream()
            .sorted(Comparator.comparingInt((FramingHit h) -> h.start() - h.end()).thenComparingInt(FramingHit::start))
            .toList();
        for (FramingHit h : longestFirst) {
          if (shifted.stream().anyMatch(x -> x.start() <= h.start() && h.end() <= x.end())) continue;
          FramingShift shift = shift(s, h, inside.get(1 - s));
          if (shift == null) continue;
          shifted.add(h);
          found.putIfAbsent(List.of(shift.originStart(), shift.originEnd(), shift.copyStart(), shift.copyEnd()), shift);
        }
      }
    }

    private List<FramingHit> hitsInside(int s) {
      return sides[s].hits.stream().filter(h -> h.start() >= charFrom[s] && h.end() <= charTo[s]).toList();
    }

    /** Word alignment by LCS after stripping equal ends; false when the middle is too long to compare. */
    private boolean align() {
      String[] a = sides[0].keys, b = sides[1].keys;
      for (int s = 0; s < 2; s++) {
        match[s] = new int[to[s] - from[s]];
        Arrays.fill(match[s], -1);
      }
      int head = 0;
      while (from[0] + head < to[0] && from[1] + head < to[1] && a[from[0] + head].equals(b[from[1] + head])) {
        pair(from[0] + head, from[1] + head);
        head++;
      }
      int tail = 0;
      while (to[0] - tail - 1 >= from[0] + head && to[1] - tail - 1 >= from[1] + head
          && a[to[0] - tail - 1].equals(b[to[1] - tail - 1])) {
        pair(to[0] - tail - 1, to[1] - tail - 1);
        tail++;
      }
      int a0 = from[0] + head, n = to[0] - tail - a0, b0 = from[1] + head, m = to[1] - tail - b0;
      if (n > MAX_WORDS || m > MAX_WORDS) return false;
      int[] match = org.echotrace.internal.WordAlignment.matches(Arrays.asList(a).subList(a0, a0 + n),
          Arrays.asList(b).subList(b0, b0 + m));
      for (int i = 0; i < n; i++) if (match[i] >= 0) pair(a0 + i, b0 + match[i]);
      return true;
    }

    private void pair(int wa, int wb) {
      match[0][wa - from[0]] = wb;
      match[1][wb - from[1]] = wa;
    }

    private int matched(int s, int w) {
      return match[s][w - from[s]];
    }

    /**
     * The shift for hit {@code h} on side {@code s}, or null when the other side says the same thing: all the hit's
     * words align, or the other side's text of this region hits the same entry (the term moved, it did not go).
     */
    private FramingShift shift(int s, FramingHit h, List<FramingHit> otherHits) {
      int t = 1 - s;
      Side other = sides[t];
      if (otherHits.stream().anyMatch(o -> o.entry().equals(h.entry()))) return null;
      int hs = sides[s].wordAtOrAfter(h.start()), he = sides[s].wordsEndingBy(h.end()) - 1;
      if (hs > he || hs < from[s] || he >= to[s]) return null;
      int first = hs, last = he; // the hit's unaligned core: aligned words at its ends still bound the counterpart
      while (first <= he && matched(s, first) >= 0) first++;
      if (first > he) return null;
      while (matched(s, last) >= 0) last--;
      int left = anchor(s, first - 1, -1), right = anchor(s, last + 1, +1);
      int cFrom = left < 0 ? from[t] : matched(s, left) + 1;
      int cTo = right < 0 ? to[t] : matched(s, right); // exclusive
      while (cFrom < cTo && (matched(t, cFrom) >= 0 || isFunctionWord(other, cFrom))) cFrom++;
      while (cTo > cFrom && (matched(t, cTo - 1) >= 0 || isFunctionWord(other, cTo - 1))) cTo--;
      int words = cTo - cFrom;
      if (words > Math.max(MAX_COUNTERPART, 3 * (he - hs + 1))) return null;
      // a name dropped from a sentence ("aid for Kiev" → "aid") is not a choice of name
      if (words == 0 && h.category().equals(NAMING_CHOICE)) return null;
      int empty = left >= 0 ? other.words.ends[matched(s, left)] : charFrom[t];
      int cs = words > 0 ? other.words.starts[cFrom] : empty, ce = words > 0 ? other.words.ends[cTo - 1] : empty;
      String otherText = other.article.text().substring(cs, ce);
      String o = sides[0].article.id(), c = sides[1].article.id();
      return s == 0
          ? new FramingShift(o, c, h.start(), h.end(), cs, ce, h.text(), otherText, h.entry(), h.category())
          : new FramingShift(o, c, cs, ce, h.start(), h.end(), otherText, h.text(), h.entry(), h.category());
    }

    /**
     * The aligned word that bounds the hit in direction {@code step}, starting at word {@code w}: the nearest aligned
     * word, moved past an aligned function word onto the next word when that word is aligned too ("Ukraine and | the
     * Kiev regime": the copy's "Ukraine’s government and" pairs "and" by accident, and "government" is the
     * counterpart); -1 when the region ends first.
     */
    private int anchor(int s, int w, int step) {
      int k = nextAligned(s, w, step);
      while (k >= 0 && isFunctionWord(sides[s], k)) {
        int next = k + step;
        if (next < from[s] || next >= to[s] || matched(s, next) < 0) break;
        k = next;
      }
      return k;
    }

    private int nextAligned(int s, int w, int step) {
      for (int k = w; k >= from[s] && k < to[s]; k += step) if (matched(s, k) >= 0) return k;
      return -1;
    }

    private static boolean isFunctionWord(Side side, int w) {
      return FUNCTION_WORDS.contains(side.words.folded[w]);
    }
  }
}
