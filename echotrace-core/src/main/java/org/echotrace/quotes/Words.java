package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.extract.SentenceSplitter;

/**
 * Tokens outside quotes, and the small word lists the finder reasons with. A quoted region is one {@code QUOTE}
 * token, so that cue verbs and names inside someone's words never count as the article's own.
 */
final class Words {
  private Words() {}

  /** Whitespace including the no-break spaces news sites put between words (U+00A0, U+202F). */
  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The word lists of {@code quote-words.tsv}, by list name. */
  static final java.util.Map<String, Set<String>> WORDS =
      org.echotrace.internal.ResourceTable.wordLists("/org/echotrace/quotes/quote-words.tsv", 3);

  enum Type { WORD, PUNCT, QUOTE }

  /** One token; {@code region} is the quoted region's index for QUOTE tokens, else -1. */
  record Token(String text, int start, int end, Type type, int region) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String s) {
      return type == Type.WORD ? text.equalsIgnoreCase(s) : text.equals(s);
    }

    boolean word() {
      return type == Type.WORD;
    }

    boolean capitalised() {
      return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
  }

  /** Tokens of text[from, to); chars with regionAt[i] >= 0 are inside quoted region regionAt[i] (marks included). */
  static List<Token> tokens(String text, int from, int to, int[] regionAt) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (regionAt[i] >= 0) {
        int r = regionAt[i], s = i;
        while (i < to && regionAt[i] == r) i++;
        out.add(new Token(text.substring(s, i), s, i, Type.QUOTE, r));
      } else if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < to && regionAt[i] < 0 && (Character.isLetterOrDigit(text.charAt(i)) || inWord(text, i, to))) i++;
        if (i < to && text.charAt(i) == '.' && SentenceSplitter.isAbbreviation(text.substring(s, i))) i++;
        out.add(new Token(text.substring(s, i), s, i, Type.WORD, -1));
      } else if (!space(c)) {
        out.add(new Token(String.valueOf(c), i, i + 1, Type.PUNCT, -1));
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Hyphen, apostrophe or an inner dot (U.S.) between two letters or digits. */
  private static boolean inWord(String text, int i, int to) {
    char c = text.charAt(i);
    if (c != '-' && c != '\'' && c != '’' && c != '´' && c != '.' && c != '‑') return false;
    // an inner dot only after a single letter (U.S., D.C.): "said.Trump" is two words glued by a lost space
    if (c == '.' && i > 1 && Character.isLetter(text.charAt(i - 2))) return false;
    return i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
        && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** Finite speech verbs: "X said", "said X". */
  static final Set<String> CUES = WORDS.get("speech-verb");

  /** Participles: the speaker is the clause's subject ("..., saying “…”"). */
  static final Set<String> PARTICIPLES = WORDS.get("speech-participle");

  /** Words between a subject and its verb: "Peskov has also said", "she later told". */
  static final Set<String> AUXILIARIES = WORDS.get("auxiliary");

  static final Set<String> PRONOUNS = WORDS.get("pronoun");

  static final Set<String> DETERMINERS = WORDS.get("determiner");

  /** Words that end a noun phrase walked backwards from a cue. */
  static final Set<String> STOPS = WORDS.get("phrase-stop");

  /** Words naming a role, never part of a person's name (President Trump → Trump, with role "president"). */
  static final Set<String> ROLES = WORDS.get("role");

  /** Role heads a description resolves by ("the spokesman" → the last person called a spokesman). */
  static String roleHead(String lower) {
    return switch (lower) {
      case "spokeswoman", "spokesperson", "spokesman" -> "spokesman";
      case "sen.", "senator" -> "senator";
      case "gov.", "governor" -> "governor";
      case "rep.", "representative", "congressman", "congresswoman", "lawmaker" -> "lawmaker";
      case "secretary" -> "secretary";
      default -> lower;
    };
  }

  /** Nationality and regional adjectives: never a name. */
  static final Set<String> ADJECTIVES = WORDS.get("adjective");

  /** Capitalised words that do not start a person's name. */
  static final Set<String> NOT_NAMES = WORDS.get("not-name");

  /** Places and bodies: a speaker can be one ("the Kremlin said"), a person cannot be one. */
  static final Set<String> PLACES = WORDS.get("place");
  /** Time words that stand between a subject and its speech verb ("Trump on Wednesday announced"). */
  static final Set<String> TIME_WORDS = WORDS.get("time-word");
  /** Words that lead such a time word ("on Wednesday", "this morning"). */
  static final Set<String> TIME_LEADS = WORDS.get("time-lead");
}
