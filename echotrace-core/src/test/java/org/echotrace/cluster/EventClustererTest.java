package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  private final EventClusterer clusterer = new EventClusterer();

  static Published date(String iso) {
    return iso == null ? null : new Published(LocalDate.parse(iso), null, null, "test");
  }

  static Article article(String id, String date, String outlet, String text) {
    return Article.builder(id, text).published(date(date)).outlet(outlet).language("en").build();
  }

  static Article article(String id, String date, String outlet) {
    return article(id, date, outlet, "Reservoir levels near Harbourton fell sharply, officials warned.");
  }

  static Relation rel(String a, String b, RelationKind kind) {
    return a.compareTo(b) < 0 ? new Relation(a, b, kind, Origin.undecided("test"), 1.0, 1.0, 1.0, List.of())
        : new Relation(b, a, kind, Origin.undecided("test"), 1.0, 1.0, 1.0, List.of());
  }

  private static List<List<String>> members(List<Story> stories) {
    return stories.stream().map(Story::articles).toList();
  }

  @Test
  void copiesJoinAnEventWhateverTheirDates() {
    List<Article> articles = List.of(article("a", "2025-01-01", "A"), article("b", "2025-06-30", "B"),
        article("c", "2024-03-01", "C"), article("d", null, "D"), article("e", "2025-01-02", "E"));
    List<Relation> relations = List.of(rel("a", "b", RelationKind.VERBATIM), rel("b", "c", RelationKind.PARAPHRASE),
        rel("c", "d", RelationKind.TRANSLATION), rel("a", "e", RelationKind.SAME_STORY));
    List<Story> stories = clusterer.group(articles, relations, null);
    assertEquals(List.of(List.of("a", "b", "c", "d", "e")), members(stories));
  }

  @Test
  void partialReuseJoinsOnlyWithinThreeDays() {
    List<Article> articles = List.of(article("a", "2025-03-01", "A"), article("b", "2025-03-04", "B"),
        article("c", "2025-04-01", "C"), article("d", "2025-04-05", "D"), article("e", "2025-09-01", "E"),
        article("f", "2025-01-01", "F"), article("g", null, "G"));
    List<Relation> relations = List.of(
        rel("a", "b", RelationKind.PARTIAL), // 3 days: joins
        rel("c", "d", RelationKind.PARTIAL), // 4 days: does not
        rel("e", "f", RelationKind.PARTIAL), // 8 months: a reused background paragraph
        rel("e", "g", RelationKind.PARTIAL)); // one side undated: cannot tell, joins
    List<Story> stories = clusterer.group(articles, relations, null);
    assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d"), List.of("e", "g"), List.of("f")),
        members(stories));
    assertTrue(EventClusterer.sameEvent(rel("a", "b", RelationKind.PARTIAL), articles.get(0), articles.get(1)));
    assertTrue(!EventClusterer.sameEvent(rel("c", "d", RelationKind.PARTIAL), articles.get(2), articles.get(3)));
  }

  @Test
  void sameNarrativeNeverJoinsEvents() {
    List<Article> articles = List.of(article("a", "2025-03-01", "A"), article("b", "2025-03-01", "B"),
        article("c", null, "C"));
    List<Relation> relations = List.of(rel("a", "b", RelationKind.SAME_NARRATIVE),
        rel("b", "c", RelationKind.SAME_NARRATIVE));
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), members(clusterer.group(articles, relations, null)));
  }

  @Test
  void storyIdsFollowTheSmallestArticleIdWhateverTheInputOrder() {
    List<Article> articles = new ArrayList<>(List.of(article("m1", "2025-01-01", "A"), article("b2", "2025-01-02", "B"),
        article("z9", "2025-01-03", "C"), article("a5", "2025-01-04", "D"), article("k3", "2025-01-05", "E"),
        article("c7", "2025-01-06", "F")));
    List<Relation> relations = new ArrayList<>(List.of(rel("m1", "a5", RelationKind.VERBATIM),
        rel("z9", "b2", RelationKind.PARAPHRASE), rel("k3", "m1", RelationKind.SAME_STORY),
        rel("x0", "m1", RelationKind.VERBATIM))); // x0 is not among the articles: ignored
    List<List<String>> expected = List.of(List.of("a5", "k3", "m1"), List.of("b2", "z9"), List.of("c7"));
    Random r = new Random(9);
    for (int trial = 0; trial < 20; trial++) {
      Collections.shuffle(articles, r);
      Collections.shuffle(relations, r);
      List<Story> stories = clusterer.group(articles, relations, null);
      assertEquals(expected, members(stories));
      assertEquals(List.of("s1", "s2", "s3"), stories.stream().map(Story::id).toList());
    }
  }

  @Test
  void timelineHasFirstAndLastSeenAndOutletsInOrderOfAppearance() {
    List<Article> articles = List.of(article("a", "2025-03-03", "Gamma"), article("b", "2025-03-01", "Alpha"),
        article("c", null, "Delta"), article("d", "2025-03-02", "Beta"), article("e", "2025-03-05", "Alpha"),
        article("f", "2025-03-04", null));
    List<Relation> relations = List.of(rel("a", "b", RelationKind.VERBATIM), rel("b", "c", RelationKind.VERBATIM),
        rel("c", "d", RelationKind.VERBATIM), rel("d", "e", RelationKind.VERBATIM), rel("e", "f", RelationKind.VERBATIM));
    Story s = clusterer.group(articles, relations, null).get(0);
    assertEquals("2025-03-01", s.firstSeen());
    assertEquals("2025-03-05", s.lastSeen());
    assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), s.outlets(), "by date, undated last, each once");
    assertNull(s.label(), "no labeler, no label");
  }

  @Test
  void timelineComparesTimesAndZones() {
    Published early = new Published(LocalDate.parse("2025-04-15"), LocalTime.of(9, 0), ZoneOffset.ofHours(3), "t");
    Published late = new Published(LocalDate.parse("2025-04-15"), LocalTime.of(8, 0), ZoneOffset.UTC, "t");
    Article a = Article.builder("a", "text").published(late).outlet("Late").language("en").build();
    Article b = Article.builder("b", "text").published(early).outlet("Early").language("en").build();
    Story s = clusterer.group(List.of(a, b), List.of(rel("a", "b", RelationKind.VERBATIM)), null).get(0);
    assertEquals("2025-04-15T09:00:00+03:00", s.firstSeen());
    assertEquals("2025-04-15T08:00:00Z", s.lastSeen());
  }

  @Test
  void outletsFollowTheInstantAcrossZones() {
    Published early = new Published(LocalDate.parse("2025-04-15"), LocalTime.of(9, 0), ZoneOffset.ofHours(3), "t");
    Published late = new Published(LocalDate.parse("2025-04-15"), LocalTime.of(8, 0), ZoneOffset.UTC, "t");
    Article a = Article.builder("a", "text").published(late).outlet("Late").language("en").build();
    Article b = Article.builder("b", "text").published(early).outlet("Early").language("en").build();
    Story s = clusterer.group(List.of(a, b), List.of(rel("a", "b", RelationKind.VERBATIM)), null).get(0);
    assertEquals(List.of("Early", "Late"), s.outlets());
  }

  @Test
  void undatedStoriesHaveNoTimeline() {
    List<Story> stories = clusterer.group(List.of(article("a", null, null), article("b", null, "B")),
        List.of(rel("a", "b", RelationKind.PARTIAL)), null);
    assertEquals(1, stories.size());
    assertNull(stories.get(0).firstSeen());
    assertNull(stories.get(0).lastSeen());
    assertEquals(List.of("B"), stories.get(0).outlets());
  }

  @Test
  void storiesOfArticlesWithTextGetALabel() {
    List<Article> articles = List.of(
        article("a", "2025-02-01", "A", "Floodwaters breached the Harbourton reservoir embankment overnight."),
        article("b", "2025-02-01", "B", "Harbourton residents evacuated after the reservoir embankment gave way."),
        article("c", "2025-02-02", "C", "Parliament approved the fisheries budget after lengthy debate."),
        article("d", "2025-02-02", "D", "Orchestra announces spring concert programme featuring Sibelius."));
    Labeler labeler = new Labeler(articles);
    List<Story> stories = clusterer.group(articles, List.of(rel("a", "b", RelationKind.SAME_STORY)), labeler);
    assertEquals(3, stories.size());
    for (Story s : stories) assertNotNull(s.label(), s.id());
    // The words both reports share rank first.
    List<String> words = Arrays.asList(stories.get(0).label().split(" · "));
    assertTrue(words.size() <= Labeler.LABEL_WORDS);
    assertEquals(List.of("embankment", "Harbourton", "reservoir"), words.subList(0, 3), stories.get(0).label());
    assertTrue(stories.get(1).label().contains("fisheries"), stories.get(1).label());
    // Nothing usable (short or function words only): no label.
    Article empty = article("z", null, null, "It is as it was, and so on.");
    assertNull(new Labeler(List.of(empty)).label(List.of(empty)));
  }

  @Test
  void unionFindJoinsTransitivelyAndTheSmallestRootWins() {
    org.echotrace.internal.UnionFind u = new org.echotrace.internal.UnionFind(6);
    u.union(4, 5);
    u.union(5, 2);
    u.union(0, 1);
    assertEquals(2, u.find(4));
    assertEquals(2, u.find(5));
    assertEquals(0, u.find(1));
    assertEquals(3, u.find(3));
    u.union(1, 4);
    for (int x : new int[] {0, 1, 2, 4, 5}) assertEquals(0, u.find(x));
  }

  @Test
  void groupsMergeAtTheGivenMeanProbability() {
    List<Article> articles = List.of(article("a", null, "A"), article("b", null, "B"), article("c", null, "C"));
    long[] pairs = {0L << 32 | 1, 0L << 32 | 2, 1L << 32 | 2};
    double[] sameEvent = {0.9, 0.3, 0.3};
    // c's mean probability towards {a, b} is 0.3: not one event at 0.5...
    assertEquals(List.of(List.of("a", "b"), List.of("c")),
        members(new EventClusterer(0.5).group(articles, List.of(), pairs, sameEvent, null)));
    // ...one event at 0.27
    assertEquals(List.of(List.of("a", "b", "c")),
        members(new EventClusterer(0.27).group(articles, List.of(), pairs, sameEvent, null)));
    assertThrows(IllegalArgumentException.class, () -> new EventClusterer(0));
  }
}
