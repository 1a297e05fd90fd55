package org.echotrace.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConceptLexiconTest {
  private final ConceptLexicon lexicon = ConceptLexicon.bundled();

  private String concept(String word, String language) {
    int c = lexicon.concept(word, language);
    return c < 0 ? null : lexicon.id(c);
  }

  @Test
  void oneConceptAcrossLanguagesAndScripts() {
    String quake = concept("earthquake", "en");
    assertEquals("earthquake", quake);
    assertEquals(quake, concept("Erdbeben", "de"));
    assertEquals(quake, concept("terremoto", "it"));
    assertEquals(quake, concept("séisme", "fr"));
    assertEquals(quake, concept("землетрясение", "ru"));
    assertEquals(quake, concept("σεισμός", "el"));
  }

  @Test
  void stemsCoverInflectionAndDiacriticsMayBeMissing() {
    assertEquals(concept("election", "en"), concept("elezioni", "it"));
    assertEquals(concept("election", "en"), concept("eleições", "pt"));
    assertEquals(concept("election", "en"), concept("eleicoes", "pt"));
  }

  @Test
  void germanCompoundsMatchByTheirHead() {
    assertEquals(concept("port", "en"), concept("Hafen", "de"));
    assertEquals(concept("earthquake", "en"), concept("Seebeben", "de"));
  }

  @Test
  void wordsOutsideTheLexiconHaveNoConcept() {
    assertEquals(-1, lexicon.concept("Kamtschatka", "de"));
    assertEquals(-1, lexicon.concept("xyzzy", null));
  }

  @Test
  void everyStemHasFourLettersOrMore() {
    // the file's own rule: shorter prefixes begin too many unrelated words (checked when loading would be silent)
    assertTrue(ConceptLexicon.MIN_STEM >= 4);
  }
}
