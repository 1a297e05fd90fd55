package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Article;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every article of ../shared/corpus/web-dev/articles.jsonl (JSONL text records with a {@code url}) is named for the
 * site that published it: its labels hold the host; the outlet must be that site's name as its host spells it, or its
 * registrable domain: never null, a section label or a person (issue 11).
 */
class WebDevOutletTest {
  @Test
  void everyArticleNamesItsSite() throws IOException {
    Path dir = SharedData.require("corpus/web-dev");
    JsonNode labels = new ObjectMapper().readTree(dir.resolve("labels.json").toFile());
    Map<String, Article> articles = SeedExtractionTest.extractAll(dir.resolve("articles.jsonl"));
    List<String> wrong = new ArrayList<>();
    for (var it = labels.fields(); it.hasNext(); ) {
      var e = it.next();
      Article a = articles.get(e.getKey());
      String host = e.getValue().get("outlet").asText();
      String outlet = a == null ? null : a.outlet();
      boolean ok = outlet != null && (outlet.equals(Sites.registrableDomain("https://" + host)) || outlet.equals(host)
          || OutletNames.agrees(outlet, host));
      if (!ok) wrong.add(e.getKey() + " " + host + " -> " + outlet);
    }
    assertTrue(labels.size() == 164 && articles.size() == 164, "164 articles: " + articles.size());
    assertTrue(wrong.isEmpty(), wrong.size() + " outlets wrong: " + wrong);
  }
}
