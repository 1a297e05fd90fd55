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

  @Test
  void aStoryInSeveralLanguagesIsLabelledByTheWordsMostOfItShares() {
    List<Article> corpus = List.of(
        Article.builder("en", "Valdera votes as Orsina watches the count.").language("en").build(),
        Article.builder("de", "Valdera wählt, Orsina beobachtet die Auszählung.").language("de").build(),
        Article.builder("es", "Valdera vota mientras Orsina observa el recuento.").language("es").build(),
        Article.builder("it", "Elezioni: Orsina osserva lo spoglio.").language("it").build(),
        Article.builder("fr", "Le scrutin sous les yeux de Orsina.").language("fr").build(),
        Article.builder("x", "Ferry fares rise in the harbour town.").language("en").build());
    String label = new Labeler(corpus).label(corpus.subList(0, 5));
    assertEquals("Valdera · Orsina", label); // Orsina in 5 of 5, Valdera in 3: both at least the half, Valdera rarer
    String two = new Labeler(corpus).label(List.of(corpus.get(3), corpus.get(4), corpus.get(0), corpus.get(1)));
    assertEquals("Valdera · Orsina", two);
    // no word in half the members: the words most of them share, when two or more do
    List<Article> spread = List.of(
        Article.builder("p", "Valdera counts its votes.").language("en").build(),
        Article.builder("q", "Valdera zählt die Stimmen.").language("de").build(),
        Article.builder("r", "Escrutinio completo en la capital.").language("es").build(),
        Article.builder("s", "Spoglio concluso nella città.").language("it").build(),
        Article.builder("t", "Dépouillement terminé dans la capitale.").language("fr").build());
    assertEquals("Valdera", new Labeler(spread).label(spread));
  }
}
