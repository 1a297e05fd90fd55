package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.Article;
import org.echotrace.model.Narrative;
import org.echotrace.model.Published;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.junit.jupiter.api.Test;

class NarrativeClustererTest {
  private static final float[] U = {1, 0, 0, 0};
  /** cos(U, NEAR) = 0.6: the same line. */
  private static final float[] NEAR = {0.6f, 0.8f, 0, 0};
  /** cos(U, FAR) = 0.4: below the link threshold. */
  private static final float[] FAR = {0.4f, (float) Math.sqrt(0.84), 0, 0};
  private static final float[] OTHER = {0, 0, 1, 0};

  private final NarrativeClusterer clusterer = new NarrativeClusterer();

  /** Articles, their lead vectors and their events, built up by hand. */
  private static final class Corpus {
    final List<Article> articles = new ArrayList<>();
    final List<float[]> leads = new ArrayList<>();
    final List<Story> stories = new ArrayList<>();

    /** One event of the given articles, all published on {@code date} (null: undated), all with lead {@code v}. */
    Corpus event(String date, float[] v, String... ids) {
      Published p = date == null ? null : new Published(LocalDate.parse(date), null, null, "test");
      for (String id : ids) {
        articles.add(Article.builder(id, "Moscow again rejected European peacekeeping troops in Ukraine, officials said.").title("Kremlin rejects peacekeepers " + id).published(p).outlet("Outlet " + id).language("en").build());
        leads.add(v);
      }
      List<String> sorted = java.util.Arrays.stream(ids).sorted().toList();
      stories.add(new Story("s" + (stories.size() + 1), sorted, date, date, null, List.of()));
      return this;
    }

    NarrativeClusterer.Result group(NarrativeClusterer clusterer, Set<String> related) {
      return clusterer.group(articles, leads.toArray(new float[0][]), stories, new long[0], new Labeler(articles),
          related);
    }
  }

  private static List<String> pairs(List<Relation> relations) {
    return relations.stream().map(r -> r.a() + "-" + r.b()).toList();
  }

  @Test
  void similarEventsWithinHalfAYearAreOneNarrative() {
    Corpus c = new Corpus()
        .event("2025-01-01", U, "a1", "a2")
        .event("2025-05-01", NEAR, "a3")
        .event("2025-01-05", OTHER, "a4");
    NarrativeClusterer.Result result = c.group(clusterer, Set.of());
    assertEquals(1, result.narratives().size());
    Narrative n = result.narratives().get(0);
    assertEquals("n1", n.id());
    assertEquals(List.of("s1", "s2"), n.stories());
    assertEquals(List.of("a1", "a2", "a3"), n.articles());
    assertNotNull(n.label());
    // Pairs across events only: a1-a2 are one event.
    assertEquals(List.of("a1-a3", "a2-a3"), pairs(result.relations()));
    for (Relation r : result.relations()) {
      assertEquals(RelationKind.SAME_NARRATIVE, r.kind());
      assertFalse(r.origin().decided());
      assertEquals(0.6, r.score(), 1e-9);
      assertTrue(r.passages().isEmpty());
    }
  }

  @Test
  void alreadyRelatedPairsAreNotListedAgain() {
    Corpus c = new Corpus().event("2025-01-01", U, "a1", "a2").event("2025-02-01", NEAR, "a3");
    NarrativeClusterer.Result result = c.group(clusterer, Set.of("a2\na3"));
    assertEquals(1, result.narratives().size());
    assertEquals(List.of("a1-a3"), pairs(result.relations()));
  }

  @Test
  void eventsMoreThanHalfAYearApartAreNotLinked() {
    LocalDate start = LocalDate.parse("2025-01-01");
    for (long days : new long[] {183, 184, 200, 400}) {
      Corpus c = new Corpus().event(start.toString(), U, "a").event(start.plusDays(days).toString(), U, "b");
      NarrativeClusterer.Result result = c.group(clusterer, Set.of());
      assertEquals(days <= NarrativeClusterer.MAX_DAYS ? 1 : 0, result.narratives().size(), days + " days");
      // Order of the events does not matter.
      Corpus reversed = new Corpus().event(start.plusDays(days).toString(), U, "a").event(start.toString(), U, "b");
      assertEquals(days <= NarrativeClusterer.MAX_DAYS ? 1 : 0, reversed.group(clusterer, Set.of()).narratives().size());
    }
  }

  @Test
  void dissimilarEventsAreNotLinked() {
    NarrativeClusterer.Result far = new Corpus().event("2025-01-01", U, "a").event("2025-01-02", FAR, "b")
        .group(clusterer, Set.of());
    assertTrue(far.narratives().isEmpty());
    assertTrue(far.relations().isEmpty());
    NarrativeClusterer.Result noLead = new Corpus().event("2025-01-01", U, "a").event("2025-01-02", null, "b")
        .group(clusterer, Set.of());
    assertTrue(noLead.narratives().isEmpty(), "an event without lead vectors links to nothing");
  }

  @Test
  void aSingleEventIsNotANarrative() {
    NarrativeClusterer.Result one = new Corpus().event("2025-01-01", U, "a", "b", "c").group(clusterer, Set.of());
    assertTrue(one.narratives().isEmpty());
    assertTrue(one.relations().isEmpty());
    NarrativeClusterer.Result unrelated = new Corpus().event("2025-01-01", U, "a").event("2025-01-01", OTHER, "b")
        .event("2025-01-01", new float[] {0, 0, 0, 1}, "c").group(clusterer, Set.of());
    assertTrue(unrelated.narratives().isEmpty());
    assertTrue(unrelated.relations().isEmpty());
  }

  @Test
  void undatedEventsLinkOnContentAlone() {
    NarrativeClusterer.Result result = new Corpus().event("2020-01-01", U, "a").event(null, NEAR, "b")
        .event("2025-01-01", U, "c").group(clusterer, Set.of());
    // a and c are five years apart, but both link to the undated b (single linkage).
    assertEquals(1, result.narratives().size());
    assertEquals(List.of("s1", "s3", "s2"), result.narratives().get(0).stories(), "dated first, undated last");
  }

  @Test
  void narrativesAreNumberedByTheirFirstArticleAndListEventsInOrderOfAppearance() {
    Corpus c = new Corpus()
        .event("2025-03-01", U, "a")
        .event("2025-02-01", OTHER, "b")
        .event("2025-01-01", U, "c")
        .event("2025-02-15", OTHER, "d");
    NarrativeClusterer.Result result = c.group(clusterer, Set.of());
    assertEquals(2, result.narratives().size());
    Narrative first = result.narratives().get(0), second = result.narratives().get(1);
    assertEquals("n1", first.id());
    assertEquals(List.of("s3", "s1"), first.stories());
    assertEquals(List.of("a", "c"), first.articles());
    assertEquals("n2", second.id());
    assertEquals(List.of("s2", "s4"), second.stories());
    assertEquals(List.of("b", "d"), second.articles());
    assertEquals(List.of("a-c", "b-d"), pairs(result.relations()));
  }

  @Test
  void eventVectorIsTheMeanOfItsLeads() {
    // s1's leads U and OTHER average to a vector at cosine 0.71 with U: linked to s2 (U), though OTHER alone is not.
    Corpus mixed = new Corpus().event("2025-01-01", U, "a1", "a2").event("2025-01-03", U, "b");
    mixed.leads.set(1, OTHER);
    NarrativeClusterer.Result result = mixed.group(clusterer, Set.of());
    assertEquals(1, result.narratives().size());
    // a2 (OTHER) and b (U) are in different events: listed, with their own lead cosine (0).
    assertEquals(List.of("a1-b", "a2-b"), pairs(result.relations()));
    assertEquals(1.0, result.relations().get(0).score(), 1e-9);
    assertEquals(0.0, result.relations().get(1).score(), 1e-9);
  }

  @Test
  void largeNarrativesLeaveTheirPairsImplicit() {
    Corpus small = new Corpus();
    small.event("2025-01-01", U, ids("x", 12)).event("2025-01-02", U, ids("y", 13));
    NarrativeClusterer.Result listed = small.group(clusterer, Set.of());
    assertEquals(25, listed.narratives().get(0).articles().size());
    assertEquals(12 * 13, listed.relations().size());

    Corpus large = new Corpus();
    large.event("2025-01-01", U, ids("x", 13)).event("2025-01-02", U, ids("y", 13));
    NarrativeClusterer.Result implicit = large.group(clusterer, Set.of());
    assertEquals(26, implicit.narratives().get(0).articles().size());
    assertTrue(implicit.relations().isEmpty());
  }

  @Test
  void manyEventsAreComparedThroughNeighbourPairsOnly() {
    int n = NarrativeClusterer.ALL_PAIRS_LIMIT + 2;
    Corpus c = new Corpus();
    for (int i = 0; i < n; i++) c.event("2025-01-01", U, String.format("a%05d", i));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) index.put(c.articles.get(i).id(), i);
    long pair = (long) index.get("a00007") << 32 | index.get("a00042");
    NarrativeClusterer.Result result = clusterer.group(c.articles, c.leads.toArray(new float[0][]), c.stories,
        new long[] {pair}, new Labeler(c.articles), Set.of());
    assertEquals(1, result.narratives().size(), "identical events not nominated by a neighbour pair stay apart");
    assertEquals(List.of("a00007", "a00042"), result.narratives().get(0).articles());
    assertEquals(List.of("a00007-a00042"), pairs(result.relations()));
  }

  private static String[] ids(String prefix, int count) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) out[i] = String.format("%s%02d", prefix, i);
    return out;
  }

  @Test
  void labelIsNullOnlyWithoutUsableWords() {
    Corpus c = new Corpus().event("2025-01-01", U, "a").event("2025-01-02", U, "b");
    assertNotNull(c.group(clusterer, Set.of()).narratives().get(0).label());
    Article bare = Article.builder("z", "it is so").language("en").build();
    assertNull(new Labeler(List.of(bare)).label(List.of(bare)));
  }
}
