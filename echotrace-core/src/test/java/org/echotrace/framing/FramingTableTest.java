package org.echotrace.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Article;
import org.echotrace.model.FramingHit;
import org.junit.jupiter.api.Test;

class FramingTableTest {
  private static Article article(String id, String outlet, String text) {
    return Article.builder(id, text).outlet(outlet).language("en").build();
  }

  @Test
  void countsPerStoryOutletAndEntry() {
    List<Article> articles = List.of(
        article("1", "RT", "Aid to Kiev and the Kiev regime."),
        article("2", "RT", "Kiev again."),
        article("3", "Moscow Times", "Aid to Kyiv."),
        article("4", null, "The so-called deal in Kyiv."));
    FramingScanner scanner = new FramingScanner();
    List<FramingHit> hits = new ArrayList<>();
    articles.forEach(a -> hits.addAll(scanner.scan(a)));
    FramingTable table = FramingTable.of(articles, hits, Map.of("s1", List.of("1", "2", "3"), "s2", List.of("4", "x")));
    assertEquals(List.of(
        "s1 Moscow Times kyiv-spelling naming-choice 1 1/1",
        "s1 RT kiev-regime delegitimising-name 1 1/2",
        "s1 RT kiev-spelling naming-choice 3 2/2",
        "s2 (unknown outlet) so-called distancing 1 1/1",
        "s2 (unknown outlet) kyiv-spelling naming-choice 1 1/1"),
        table.rows().stream().map(r -> r.story() + " " + r.outlet() + " " + r.entry() + " " + r.category() + " "
            + r.hits() + " " + r.articles() + "/" + r.outletArticles()).toList());
    assertEquals(3, table.hits("RT", "kiev-spelling"));
    assertEquals(Map.of("delegitimising-name", 1, "naming-choice", 3), table.byOutletAndCategory().get("RT"));
    assertEquals(2, table.story("s2").rows().size());
    assertEquals(List.of("(unknown outlet)", "Moscow Times", "RT"), List.copyOf(table.outlets()));
    assertEquals(List.of(FramingTable.ALL), List.copyOf(FramingTable.of(articles, hits).stories()));
  }
}
