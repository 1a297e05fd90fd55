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

  @Test
  void tooLittleTextStaysUnknown() {
    assertNull(guesser.guess("OK 2025"));
    assertNull(guesser.guess(""));
  }
}
