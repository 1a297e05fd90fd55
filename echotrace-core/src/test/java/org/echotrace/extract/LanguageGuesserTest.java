package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void functionWordsDecideTheListedLanguages() {
    assertEquals("en", guesser.guess("The Kremlin said on Tuesday that it was not part of the talks and that the war "
        + "would go on for as long as it has to, according to the spokesman."));
    assertEquals("de", guesser.guess("Die Regierung hat am Dienstag mitgeteilt, dass sie mit den Gewerkschaften eine "
        + "Einigung erzielt hat und die Gehälter für die Lehrer im nächsten Jahr steigen werden."));
    assertEquals("ru", guesser.guess("Компания отложила запуск своего первого спутника, который должен был стартовать "
        + "на этой неделе, и это было сделано по решению совета, как сообщил он уже в понедельник."));
  }

  @Test
  void linguaDecidesLanguagesWithoutAProfile() {
    assertEquals("zh", guesser.guess("克里姆林宫发言人周二表示，俄罗斯反对在乌克兰部署欧洲维和部队，并称这一计划将使冲突进一步升级。"));
    assertEquals("el", guesser.guess("Ο εκπρόσωπος του Κρεμλίνου δήλωσε την Τρίτη ότι η Ρωσία αντιτίθεται στην ανάπτυξη "
        + "ευρωπαϊκών στρατευμάτων στην Ουκρανία."));
    assertEquals("cs", guesser.guess("Mluvčí Kremlu v úterý řekl, že Rusko odmítá rozmístění evropských vojáků na "
        + "Ukrajině a že takový plán by konflikt jen prodloužil."));
  }

  /** Issue 10: Serbian, Croatian and Slovene came out as Portuguese or Polish, Bulgarian as Russian. */
  @Test
  void southSlavicLanguagesAndBulgarianAreNamed() {
    assertEquals("sr", guesser.guess("Vlada Srbije je danas usvojila predlog zakona o budžetu za narednu godinu, a "
        + "ministar finansija je rekao da će plate u javnom sektoru biti povećane. Opozicija je kritikovala odluku i "
        + "zatražila hitnu sednicu skupštine."));
    assertEquals("sr", guesser.guess("Председник Србије је изјавио да ће земља наставити разговоре са Европском "
        + "унијом, али да неће увести санкције Русији. Према његовим речима, економска ситуација је стабилна."));
    assertEquals("hr", guesser.guess("Vlada je danas prihvatila prijedlog zakona o proračunu za sljedeću godinu, a "
        + "ministar financija rekao je da će plaće u javnom sektoru biti povećane. Oporba je kritizirala odluku i "
        + "zatražila hitnu sjednicu Sabora."));
    assertEquals("sl", guesser.guess("Vlada je danes sprejela predlog zakona o proračunu za prihodnje leto, finančni "
        + "minister pa je dejal, da se bodo plače v javnem sektorju povečale. Opozicija je odločitev kritizirala."));
    assertEquals("bg", guesser.guess("Правителството одобри днес проектобюджета за следващата година, а финансовият "
        + "министър заяви, че заплатите в държавния сектор ще бъдат увеличени. Опозицията разкритикува решението."));
    assertEquals("ro", guesser.guess("Guvernul a aprobat astăzi proiectul de buget pentru anul viitor, iar ministrul "
        + "finanțelor a declarat că salariile din sectorul public vor fi majorate. Opoziția a criticat decizia."));
  }

  @Test
  void ekavianWordsMakeSerbianAndIjekavianOnesCroatianOrBosnian() {
    assertEquals(2, LanguageGuesser.Yat.balance("gde je mesto"));
    assertEquals(-2, LanguageGuesser.Yat.balance("gdje je mjesto"));
    assertEquals(0, LanguageGuesser.Yat.balance("ovo je grad"));
  }

  @Test
  void tooLittleTextStaysUnknown() {
    assertNull(guesser.guess("OK 2025"));
    assertNull(guesser.guess(""));
  }

  @Test
  void aTextIsClearlyInALanguageOnlyWhenBothReadingsAgree() {
    assertEquals("de", guesser.clearlyOther("Die Regierung hat am Dienstag mitgeteilt, dass sie mit den Gewerkschaften eine "
        + "Einigung erzielt hat und die Gehälter für die Lehrer im nächsten Jahr steigen werden.", "en"));
    // Finnish has no function-word profile; its "on" and "en" are no English
    assertNull(guesser.clearlyOther("Hallitus on tiistaina ilmoittanut, että se on päässyt sopimukseen ammattiliittojen "
        + "kanssa ja että opettajien palkat nousevat ensi vuonna, eikä neuvotteluja jatketa.", "fi"));
    assertNull(guesser.clearlyOther("Kurz.", null));
    assertNull(guesser.clearlyOther("Die Regierung hat am Dienstag mitgeteilt, dass sie mit den Gewerkschaften eine "
        + "Einigung erzielt hat und die Gehälter für die Lehrer im nächsten Jahr steigen werden.", "de"), "as declared");
  }

  @Test
  void aPageInAnotherLanguageThanItsTemplateDeclaresGetsItsTextsLanguage() {
    String german = "<p>Die Regierung hat am Dienstag mitgeteilt, dass sie mit den Gewerkschaften eine Einigung erzielt"
        + " hat und die Gehälter für die Lehrer im nächsten Jahr steigen werden.</p><p>Die Opposition kritisierte, dass"
        + " die Einigung zu spät komme und nicht für alle Schulen gelte, wie sie am Abend mitteilte.</p>";
    ArticleExtractor extractor = new ArticleExtractor();
    String html = "<!doctype html><html lang=\"en-US\"><head><title>Einigung</title></head><body><article>" + german
        + "</article></body></html>";
    assertEquals("de", extractor.extract(org.echotrace.model.RawDocument.ofHtml("t.html", "t.html", html, null),
        LineFrequency.NONE).language());
    String declaredRight = html.replace("lang=\"en-US\"", "lang=\"de-AT\"");
    assertEquals("de", extractor.extract(org.echotrace.model.RawDocument.ofHtml("t.html", "t.html", declaredRight,
        null), LineFrequency.NONE).language());
  }
}
