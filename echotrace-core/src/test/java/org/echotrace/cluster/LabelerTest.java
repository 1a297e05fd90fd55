package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.Article;
import org.junit.jupiter.api.Test;

class LabelerTest {
  @Test
  void aWordIsSpelledAsTheFirstArticleInCorpusOrderSpellsItWhateverThreadReadItFirst() {
    List<Article> corpus = new ArrayList<>();
    corpus.add(Article.builder("a0", "Armband thieves struck the museum at night.").language("en").build());
    for (int i = 1; i < 400; i++) { // many articles, read in parallel, spell it the other way
      corpus.add(Article.builder("a" + i, "The armband thieves struck the museum.").language("en").build());
    }
    for (int run = 0; run < 20; run++) {
      String label = new Labeler(corpus).label(corpus.subList(0, 3));
      assertEquals("Armband", List.of(label.split(" · ")).stream().filter(w -> w.equalsIgnoreCase("armband"))
          .findFirst().orElseThrow(), label);
    }
  }
}
