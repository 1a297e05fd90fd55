package org.echotrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.LineKind;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Segment;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteVariant;
import org.echotrace.quotes.QuoteMatcher;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example corpus (examples/corpus, written for echotrace; planted relations in examples/expected.json):
 * every planted relation found with its type and origin, nothing else claimed, lines and dates as planted.
 */
class ExampleCorpusTest {
  private static JsonNode expected;
  private static AnalysisResult result;

  @BeforeAll
  static void run() throws IOException {
    Path examples = SharedData.repositoryRoot().resolve("examples");
    expected = new ObjectMapper().readTree(examples.resolve("expected.json").toFile());
    result = new Pipeline().run(List.of(examples.resolve("corpus")));
  }

  /**
   * Every planted relation is found, nothing else is related, and the types and origins are the planted ones, with two
   * allowances the learned judge (issue 10) needs and says: at most {@link #MISTYPED} planted pairs of one event may
   * come out with another type of relation (two of the planted independent reports of the museum theft tell the same
   * facts in the same order as the third, which the judge, learned from real pages, reads as rewrites of it, and then
   * the two as sibling rewrites of one source), and an origin may stay
   * undecided where containment alone speaks (a copy is often cut short), but a decided origin is never the other
   * side.
   */
  @Test
  void everyPlantedRelationAndNothingElse() {
    Map<String, Relation> found = new HashMap<>();
    // narratives are topical and checked as clusters, not pair by pair
    for (Relation r : result.relations()) if (r.kind() != RelationKind.SAME_NARRATIVE) found.put(key(r.a(), r.b()), r);
    List<String> errors = new ArrayList<>(), mistyped = new ArrayList<>();
    Set<String> planted = new HashSet<>();
    for (JsonNode e : expected.get("relations")) {
      String k = key(e.get("a").asText(), e.get("b").asText());
      planted.add(k);
      Relation r = found.get(k);
      String origin = e.get("origin").isNull() ? null : e.get("origin").asText();
      String want = e.get("type").asText();
      if (r == null) {
        errors.add("missing " + k);
        continue;
      }
      String got = k + ": want " + want + " from " + origin + ", got " + r.kind().jsonName() + " from "
          + r.origin().id() + " " + r.origin().reasons();
      if (!r.kind().jsonName().equals(want)) mistyped.add(got);
      else if (r.origin().decided() && !r.origin().id().equals(origin)) errors.add(got);
      else if (!r.origin().decided() && origin != null && !containmentAlone(r)) errors.add(got);
    }
    for (String k : found.keySet()) if (!planted.contains(k)) errors.add("not planted: " + k + " " + found.get(k));
    assertTrue(errors.isEmpty(), String.join("\n", errors));
    assertTrue(mistyped.size() <= MISTYPED, String.join("\n", mistyped));
    assertTrue(planted.size() >= 20);
  }

  /** Planted pairs that may come out with another relation type (see above). */
  static final int MISTYPED = 3;

  private static boolean containmentAlone(Relation r) {
    return r.origin().reasons().stream().anyMatch(w -> w.contains("containment alone does not tell which came first"));
  }

  /** Non-relations share a quotation or a topic: never reuse, a paraphrase or a translation. */
  @Test
  void sharedQuotationsAreNotRelations() {
    Set<String> found = new HashSet<>();
    for (Relation r : result.relations()) if (r.isCopy()) found.add(key(r.a(), r.b()));
    for (JsonNode e : expected.get("non_relations")) {
      assertTrue(!found.contains(key(e.get("a").asText(), e.get("b").asText())), e.toString());
    }
  }

  @Test
  void linesDatesAndTitlesAsPlanted() {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : result.articles()) byId.put(a.id(), a);
    int agree = 0, total = 0;
    StringBuilder report = new StringBuilder();
    for (var it = expected.get("articles").fields(); it.hasNext(); ) {
      var e = it.next();
      Article a = byId.get(e.getKey());
      Set<Integer> boilerplate = ints(e.getValue().get("boilerplate_lines"));
      Set<Integer> meta = ints(e.getValue().get("meta_lines"));
      for (Segment s : a.segments()) {
        LineKind want = boilerplate.contains(s.line()) ? LineKind.BOILERPLATE : meta.contains(s.line()) ? LineKind.META : LineKind.BODY;
        total++;
        if (want == s.kind()) agree++;
        else report.append(String.format("%s:%d want %s got %s (%s)%n", a.id(), s.line(), want, s.kind(), s.label()));
      }
      JsonNode published = e.getValue().get("published");
      assertEquals(published.isNull() ? null : published.asText(), a.publishedIso(), a.id());
    }
    System.out.printf("example corpus: %d/%d lines agree%n%s", agree, total, report);
    assertTrue(agree >= 0.97 * total, agree + "/" + total + "\n" + report);
    assertEquals(expected.get("articles").size(), result.articles().size());
  }

  private static Set<Integer> ints(JsonNode list) {
    Set<Integer> out = new HashSet<>();
    if (list != null) list.forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
  }

  /** The paraphrases reword quotes inside their quotation marks: each such quote is linked to the one it rewords. */
  @Test
  void rewordedQuotesOfTheParaphrasesAreLinkedToTheOriginsQuotes() {
    String[][] planted = {
        {"digest-hub/tallgrass-air-to-cut-eight-routes.txt", "It would be a real blow", "Losing it would be a real blow"},
        {"newspulse/platypus-spotted-wirra-creek.txt", "I saw this little bill", "When I saw that little bill"},
        {"regional-roundup/county-fair-grandstand-ready.txt", "Now I can actually tell them", "I can finally give them"},
    };
    Map<Integer, QuoteVariant> primary = QuoteMatcher.primary(result.quoteVariants());
    for (String[] p : planted) {
      int copy = -1;
      for (int i = 0; i < result.quotes().size(); i++) {
        Quote q = result.quotes().get(i);
        if (q.article().equals(p[0]) && q.text().startsWith(p[1])) copy = i;
      }
      assertTrue(copy >= 0, "quote '" + p[1] + "' in " + p[0]);
      QuoteVariant v = primary.get(copy);
      assertEquals(QuoteChange.REWORDED, v.change(), v.toString());
      assertTrue(result.quotes().get(v.originQuote()).text().startsWith(p[2]), v.toString());
      assertEquals(result.quotes().get(v.originQuote()).speaker(), result.quotes().get(copy).speaker());
    }
    Set<String> rewrites = new HashSet<>();
    for (JsonNode e : expected.get("relations")) {
      if (e.get("type").asText().equals("paraphrase")) rewrites.add(key(e.get("a").asText(), e.get("b").asText()));
    }
    assertTrue(result.quoteVariants().stream().noneMatch(v -> v.change() == QuoteChange.SPEAKER_CHANGED
        && rewrites.contains(key(v.copy(), v.origin()))), "no speaker change in the planted paraphrases");
  }
}
