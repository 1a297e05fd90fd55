package org.echotrace.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.echotrace.entities.EntityFinder.Entities;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Entity;
import org.echotrace.model.Entity.EntityType;
import org.echotrace.pipeline.Pipeline;
import org.echotrace.pipeline.ProgressListener;
import org.echotrace.testing.SharedData;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  private static Article article(String id, String outlet, String text) {
    return Article.builder(id, text).outlet(outlet).language("en").build();
  }

  private static Entity named(Entities found, String name) {
    return found.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void aLongerEndingIsAnotherSurname() {
    assertTrue(EntityFinder.sameSurname("Peskov", "Peskow"));
    assertTrue(EntityFinder.sameSurname("Zelensky", "Zelenskyy"));
    assertTrue(EntityFinder.sameSurname("Zelenskiy", "Zelensky"));
    assertTrue(!EntityFinder.sameSurname("Martin", "Martínez"));
    assertTrue(!EntityFinder.sameSurname("Johns", "Johnson"));
  }

  @Test
  void acrossLanguagesALoneWordMeetsOnlyTheSameSpelling() {
    Entities found = new EntityFinder().find(List.of(
        article("a", "KXAN", "Mayor Tim Lee said the road would reopen. Lee thanked the crews."),
        article("b", "AP", "Lee told reporters on Monday that the road was open again."),
        Article.builder("c", "El Congreso aprobó la Ley por mayoría. La Ley entra en vigor mañana.").outlet("El Faro")
            .language("es").build(),
        Article.builder("d", "La Ley fue publicada. Según Lee, la obra terminó.").outlet("La Nación").language("es")
            .build()));
    Entity lee = named(found, "Tim Lee");
    assertNotNull(lee, found.entities().toString());
    assertTrue(lee.variants().stream().noneMatch(v -> v.text().equals("Ley")), lee.toString());
    assertTrue(lee.variants().stream().anyMatch(v -> v.text().equals("Lee") && v.articles().contains("b")), lee.toString());
  }

  @Test
  void aGermanNounIsNoName() {
    // German capitalises every noun: "in Ländern" is no place, and "Boden" (ground) is not Biden's surname
    java.util.function.BiFunction<String, String, Article> de = (id, text) ->
        Article.builder(id, text).outlet(id).language("de").build();
    Entities found = new EntityFinder().find(List.of(
        article("a", "AP", "President Joe Biden said on Monday that Donald Trump was wrong. Biden left for Delaware."),
        article("b", "CNN", "Joe Biden told reporters the talks would go on. Trump said nothing."),
        de.apply("c", "Die Entwicklung in Ländern wie Russland geht weiter. Der Boden ist nass. Trump schwieg."),
        de.apply("d", "In Ländern mit viel Regen ist der Boden fruchtbar. In Russland auch. Die Entwicklung ist gut."),
        // German "was" is "what", not the English state verb that makes the run before it a person
        de.apply("e", "Elektronisches Spielzeug was ist das? Elektronisches Spielzeug bewegt sich. Spielzeug ist gut.")));
    assertNull(named(found, "Elektronisches Spielzeug"), found.entities().toString());
    Entity biden = named(found, "Joe Biden");
    assertNotNull(biden, found.entities().toString());
    assertTrue(biden.variants().stream().noneMatch(v -> v.text().equals("Boden")), biden.toString());
    assertNull(named(found, "Ländern"), found.entities().toString());
    assertNull(named(found, "Entwicklung"), found.entities().toString());
    Entity russia = named(found, "Russland");
    assertNotNull(russia, found.entities().toString()); // a country as German writes it
    assertEquals(EntityType.PLACE, russia.type());
    // the very spelling of a surname named in full elsewhere is that person
    assertTrue(named(found, "Donald Trump").variants().stream().anyMatch(v -> v.text().equals("Trump")
        && v.outlets().contains("c")), named(found, "Donald Trump").toString());
  }

  @Test
  void mergesTransliteratedSpellingsAndRecordsWhoUsesWhich() {
    Entities found = new EntityFinder().find(List.of(
        article("a", "RT", "On Monday, Russian Foreign Minister Sergey Lavrov spoke in Kiev. Lavrov said it was over."),
        article("b", "Kyiv Independent", "Foreign Minister Sergei Lavrov arrived in Kyiv, where Volodymyr Zelenskiy "
            + "said nothing. Zelenskiy left."),
        article("c", "TASS", "President Vladimir Zelensky said the talks would go on in Kiev.")));
    Entity lavrov = named(found, "Sergey Lavrov");
    assertNotNull(lavrov, found.entities().toString());
    assertEquals(EntityType.PERSON, lavrov.type());
    assertEquals(Set.of("Sergey Lavrov", "Sergei Lavrov", "Lavrov"),
        lavrov.variants().stream().map(Entity.Variant::text).collect(Collectors.toSet()));
    Entity kyiv = found.entities().stream().filter(e -> e.type() == EntityType.PLACE
        && e.variants().stream().anyMatch(v -> v.text().equals("Kyiv"))).findFirst().orElseThrow();
    Map<String, List<String>> outlets = kyiv.variants().stream()
        .collect(Collectors.toMap(Entity.Variant::text, Entity.Variant::outlets));
    assertEquals(List.of("RT", "TASS"), outlets.get("Kiev"));
    assertEquals(List.of("Kyiv Independent"), outlets.get("Kyiv"));
    assertEquals("Sergey Lavrov", found.person("Sergei Lavrov"));
    assertEquals("Sergey Lavrov", found.person("Lavrov"));
    Entity zelensky = found.entities().stream().filter(e -> e.name().endsWith("Zelenskiy")
        || e.name().endsWith("Zelensky")).findFirst().orElseThrow();
    assertEquals(3, zelensky.variants().size(), zelensky.toString());
  }

  @Test
  void packedRunsGiveWhatTheTextsGive() {
    List<Article> corpus = List.of(
        article("a", "RT", "On Monday, Russian Foreign Minister Sergey Lavrov spoke in Kiev. Lavrov said it was over."),
        article("b", "Kyiv Independent", "\"Nothing,\" said Jean-Claude O'Neill's deputy, U.N. envoy Volodymyr "
            + "Zelenskiy\u2019s aide, in Kyiv.\nZelenskiy left for NATO-trained units in İstanbul"),
        article("c", "TASS", ""));
    List<NameRuns> packed = corpus.stream().map(a -> NameRuns.of(a.text())).toList();
    for (int i = 0; i < corpus.size(); i++) {
      assertEquals(EntityFinder.runs(corpus.get(i).text()), packed.get(i).runs());
    }
    assertEquals(new EntityFinder().find(corpus).entities(), new EntityFinder().find(corpus, packed).entities());
    assertEquals(List.of(), packed.get(2).runs());
  }

  @Test
  void unknownNamesStayAsGiven() {
    Entities found = new EntityFinder().find(List.of(article("a", null, "Nothing here.")));
    assertEquals("Jane Roe", found.person("Jane Roe"));
    assertNull(found.person(null));
    assertTrue(found.entities().isEmpty());
  }

  @Test
  void sentenceInitialWordsAndMonthsAreNotNames() {
    Entities found = new EntityFinder().find(List.of(
        article("a", null, "However, in March the plan failed. The Commission said so."),
        article("b", null, "However, in March the plan failed again.")));
    assertTrue(found.entities().stream().noneMatch(e -> e.name().equals("However") || e.name().equals("March")),
        found.entities().toString());
  }

  @Test
  void seedsNameThePeopleAnAnalystLists() {
    Path seeds = SharedData.require("corpus/seeds");
    AnalysisResult r = Pipeline.lexicalOnly(ProgressListener.NONE).run(List.of(seeds));
    Entities found = new EntityFinder().find(r.articles());
    for (String person : List.of("Dmitry Peskov", "Sergey Lavrov", "Emmanuel Macron", "Donald Trump",
        "Vladimir Putin", "Keir Starmer", "Steve Witkoff")) {
      Entity e = named(found, person);
      assertNotNull(e, person + " in " + found.entities().stream().map(Entity::name).toList());
      assertEquals(EntityType.PERSON, e.type(), person);
    }
    assertEquals("Dmitry Peskov", found.person("Peskov"));
    assertEquals("Sergey Lavrov", found.person("Sergei Lavrov"));
    Entity kyiv = found.entities().stream().filter(e -> e.variants().stream().anyMatch(v -> v.text().equals("Kyiv")))
        .findFirst().orElseThrow();
    assertTrue(kyiv.variants().stream().anyMatch(v -> v.text().equals("Kiev")), kyiv.toString());
  }

  @Test
  void aPossessiveEndsTheNameWhateverItsApostrophe() {
    for (String apostrophe : List.of("'", "\u2019", "\u02BC")) {
      Entities found = new EntityFinder().find(List.of(
          article("a", "Harbour Times", "President Jane Roe" + apostrophe + "s Harbour Party won the vote. Jane Roe said so."),
          article("b", "Coast Post", "Jane Roe" + apostrophe + "s Harbour Party won. Jane Roe thanked the voters.")));
      Entity roe = named(found, "Jane Roe");
      assertNotNull(roe, apostrophe + " " + found.entities());
      assertEquals(EntityType.PERSON, roe.type());
      assertTrue(found.entities().stream().noneMatch(e -> e.name().contains("Roe Harbour") || e.name().contains("Harbour")
          && e.type() == EntityType.PERSON), found.entities().toString());
    }
  }

  @Test
  void thePossessiveOfAPluralNounStaysInsideTheName() {
    Entities found = new EntityFinder().find(List.of(
        article("a", "Harbour Times", "The Harbour People's Union won the vote in Carrow."),
        article("b", "Coast Post", "Leaders of the Harbour People's Union met in Carrow.")));
    assertNotNull(named(found, "Harbour People Union"), found.entities().toString());
  }

  @Test
  void aSurnameAfterAPrepositionIsStillThePerson() {
    Entities found = new EntityFinder().find(List.of(
        article("a", "Harbour Times", "President Jane Roe spoke on Monday. A letter from Roe reached the council."),
        article("b", "Coast Post", "Jane Roe said the port would open. Roe thanked the workers."),
        article("c", "Bay News", "Critics wrote to Roe on Tuesday about the port.")));
    Entity roe = named(found, "Jane Roe");
    assertNotNull(roe, found.entities().toString());
    assertTrue(roe.variants().stream().anyMatch(v -> v.text().equals("Roe") && v.articles().contains("c")), roe.toString());
    assertTrue(found.entities().stream().noneMatch(e -> e.name().equals("Roe") && e.type() == EntityType.PLACE),
        found.entities().toString());
  }
}
