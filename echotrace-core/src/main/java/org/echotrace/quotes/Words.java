package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** A word set; the lists below are easier to keep when a repeated word is harmless. */
  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

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

  /** Abbreviations whose full stop is part of the word (and does not end a sentence). */
  static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "st", "jr", "sr",
      "lt", "col", "sgt", "prof", "rev", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "aug",
      "sept", "sep", "oct", "nov", "dec", "mt", "ft", "capt", "cmdr", "adm", "sens", "reps", "gens", "u.s", "u.k",
      "u.n", "d.c", "e.u", "a.m", "p.m", "ariz", "calif", "fla", "mass", "pa", "va", "n.y", "n.j", "tenn", "wis");

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
        if (i < to && text.charAt(i) == '.' && keepsDot(text.substring(s, i))) i++;
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

  private static boolean keepsDot(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(w) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || (w.contains(".") && w.length() <= 6);
  }

  /** Finite speech verbs: "X said", "said X". */
  static final Set<String> CUES = set("said", "says", "say", "told", "tells", "added", "adds", "noted", "notes",
      "stressed", "stresses", "claimed", "claims", "warned", "warns", "insisted", "insists", "asked", "asks", "wrote",
      "writes", "tweeted", "tweets", "declared", "declares", "explained", "explains", "argued", "argues", "continued",
      "continues", "replied", "replies", "responded", "responds", "recalled", "recalls", "acknowledged", "admitted",
      "admits", "announced", "announces", "suggested", "suggests", "observed", "observes", "remarked", "joked", "jokes",
      "quipped", "shouted", "yelled", "chanted", "answered", "countered", "cautioned", "predicted", "promised", "vowed",
      "boasted", "complained", "conceded", "confirmed", "urged", "testified", "posted", "emphasized", "emphasised",
      "emphasizes", "stated", "states", "concluded", "concludes", "alleged", "mused", "pleaded", "agreed", "added:",
      "reiterated", "repeated", "insist", "wondered", "shot", "fired", "bragged", "blasted", "lamented", "reported",
      "reports", "reads", "read", "proclaimed", "screamed", "cried", "whispered", "summed", "put", "described",
      "called", "calls", "dubbed", "labeled", "labelled", "branded", "termed", "accused", "charged", "criticized",
      "criticised", "slammed", "mocked", "condemned", "rejected", "dismissed", "stated:", "opined", "texted", "emailed",
      "tweet", "write", "ask", "add", "note", "explain", "argue", "claim", "warn", "tell", "thinks", "believes",
      "thought", "believed", "hopes", "hoped", "feared", "fears", "pointed", "points", "went", "goes", "pressed",
      "interjected", "recounted", "retorted", "exclaimed", "demanded", "started", "began", "lectured", "sang");

  /** Participles: the speaker is the clause's subject ("..., saying “…”"). */
  static final Set<String> PARTICIPLES = set("saying", "adding", "noting", "telling", "writing", "asking", "arguing",
      "warning", "insisting", "stating", "calling", "describing", "accusing", "declaring", "explaining", "stressing",
      "claiming", "emphasizing", "emphasising", "suggesting", "tweeting", "replying", "responding", "recalling",
      "admitting", "acknowledging", "joking", "quipping", "urging", "labeling", "labelling", "dubbing", "branding",
      "referring", "promising", "vowing", "predicting", "complaining", "chanting", "shouting", "yelling", "concluding",
      "continuing", "lamenting", "blasting", "slamming", "mocking", "questioning", "pointing", "proclaiming",
      "condemning", "criticizing", "criticising");

  /** Words between a subject and its verb: "Peskov has also said", "she later told". */
  static final Set<String> AUXILIARIES = set("has", "have", "had", "was", "is", "were", "are", "also", "later",
      "then", "once", "previously", "reportedly", "recently", "further", "again", "just", "simply", "would", "will",
      "could", "did", "does", "do", "earlier", "repeatedly", "often", "even", "still", "quickly", "flatly", "bluntly",
      "publicly", "privately", "separately", "frequently", "first", "last", "never", "always", "may", "might", "can",
      "should", "had", "been", "being", "subsequently", "angrily", "told");

  static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

  static final Set<String> DETERMINERS = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
      "this", "that", "these", "those", "another", "one", "two", "three", "some", "several", "many", "other");

  /** Words that end a noun phrase walked backwards from a cue. */
  static final Set<String> STOPS = set("that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "as",
      "when", "while", "after", "before", "because", "if", "since", "than", "so", "to", "on", "in", "at", "by", "from",
      "with", "without", "about", "during", "under", "over", "into", "through", "not", "however", "meanwhile", "where",
      "why", "how", "what", "yet", "though", "although", "whether", "until", "unless", "once", "also", "both", "either",
      "is", "was", "were", "are", "be", "has", "have", "had", "been", "it", "there", "here", "this", "said", "says",
      "told", "against", "among", "between", "toward", "towards", "upon", "like", "unlike", "per", "via", "then", "now",
      "later", "today", "yesterday", "tomorrow", "tonight", "recently", "ago", "earlier", "will", "would", "could",
      "should", "can", "may", "might", "must", "did", "does", "do", "up", "out", "off", "down");

  /** Words naming a role, never part of a person's name (President Trump → Trump, with role "president"). */
  static final Set<String> ROLES = set("president", "minister", "spokesman", "spokeswoman", "spokesperson",
      "secretary", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "chancellor", "prime",
      "foreign", "defense", "defence", "envoy", "special", "chief", "director", "ambassador", "general", "gen.", "ceo",
      "chairman", "chairwoman", "chair", "leader", "premier", "king", "queen", "prince", "pope", "judge", "justice",
      "attorney", "mr.", "mrs.", "ms.", "dr.", "candidate", "nominee", "adviser", "advisor", "aide", "official",
      "commissioner", "deputy", "vice", "press", "counsel", "former", "chief", "manager", "strategist", "analyst",
      "professor", "prof.", "economist", "lawyer", "founder", "executive", "head", "officer", "sheriff", "councilman",
      "councilwoman", "congressman", "congresswoman", "lawmaker", "host", "anchor", "reporter", "correspondent",
      "editor", "columnist", "author", "pollster", "consultant", "operative", "organizer", "activist", "campaign",
      "state", "senior", "national", "security", "interior", "finance", "economy", "health", "white", "house",
      "lt.", "col.", "sgt.", "capt.", "rev.", "speaker", "majority", "minority", "whip", "delegate", "chairperson",
      "presidential", "democratic", "republican", "gop", "sec.", "treasury", "then", "acting", "staff", "emperor",
      "czar", "coordinator", "commander", "inspector", "governor-elect", "president-elect", "nominee", "hopeful",
      "billionaire", "businessman", "businesswoman", "mogul", "star", "comedian", "actor", "actress", "singer",
      "rapper", "pastor", "bishop", "cardinal", "rabbi", "imam", "doctor", "surgeon", "neurosurgeon", "expert",
      "scholar", "researcher", "donor", "delegate", "voter", "member", "supporter", "historian", "writer", "producer",
      "commentator", "pundit", "contributor", "scientist", "screenwriter", "journalist", "blogger", "filmmaker", "novelist", "economist", "physician");

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
  static final Set<String> ADJECTIVES = set("russian", "ukrainian", "american", "us", "u.s.", "u.s", "uk", "u.k.",
      "british", "french", "german", "european", "western", "eastern", "chinese", "iranian", "israeli", "syrian",
      "turkish", "polish", "italian", "spanish", "canadian", "mexican", "japanese", "korean", "indian", "saudi",
      "palestinian", "iraqi", "afghan", "cuban", "venezuelan", "brazilian", "australian", "dutch", "belgian", "swiss",
      "swedish", "finnish", "norwegian", "danish", "hungarian", "romanian", "greek", "egyptian", "african", "arab",
      "muslim", "christian", "jewish", "catholic", "latino", "hispanic", "asian", "black", "white", "new", "former",
      "top", "senior", "nato", "eu", "un", "soviet", "kremlin", "pentagon", "federal", "republican", "democratic",
      "democrat", "gop", "conservative", "liberal", "progressive", "independent", "north", "south", "east", "west",
      "northern", "southern", "central", "global", "international", "national", "ukraine’s", "russia’s", "america’s",
      "britain’s", "france’s", "germany’s", "china’s");

  /** Capitalised words that do not start a person's name. */
  static final Set<String> NOT_NAMES = set("the", "a", "an", "this", "that", "these", "those", "it", "he", "she",
      "they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "in", "on", "at", "for", "but", "and", "or",
      "if", "when", "while", "after", "before", "as", "so", "yet", "meanwhile", "however", "also", "asked", "still",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
      "there", "here", "what", "who", "why", "how", "where", "earlier", "later", "last", "next", "now", "then",
      "today", "yesterday", "tomorrow", "some", "many", "most", "all", "both", "each", "every", "other", "such",
      "according", "said", "says", "speaking", "despite", "although", "though", "because", "since", "until", "with",
      "without", "from", "to", "by", "of", "about", "read", "more", "one", "two", "three", "no", "not", "do", "does",
      "did", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
      "must", "let", "like", "even", "just", "only", "whether", "once", "instead", "during", "under", "over", "into",
      "through", "among", "between", "against", "toward", "per", "via", "up", "out", "off", "down", "ok", "yes",
      "thank", "please", "dear", "hi", "hello", "sign", "get", "support", "continue", "photo", "video", "watch");

  /** Places and bodies: a speaker can be one ("the Kremlin said"), a person cannot be one. */
  static final Set<String> PLACES = set("russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "brussels",
      "london", "paris", "berlin", "beijing", "china", "france", "britain", "germany", "europe", "america", "iran",
      "israel", "syria", "turkey", "poland", "italy", "spain", "romania", "croatia", "canada", "mexico", "japan",
      "korea", "india", "iraq", "afghanistan", "cuba", "venezuela", "gaza", "crimea", "donbas", "alaska", "california",
      "texas", "florida", "ohio", "iowa", "york", "virginia", "carolina", "nevada", "arizona", "georgia", "michigan",
      "pennsylvania", "wisconsin", "colorado", "utah", "illinois", "chicago", "boston", "jersey", "hampshire",
      "massachusetts", "minnesota", "missouri", "tennessee", "kentucky", "indiana", "alabama", "louisiana", "oregon",
      "kansas", "nebraska", "oklahoma", "maryland", "connecticut", "vermont", "maine", "montana", "idaho", "wyoming",
      "dakota", "mississippi", "arkansas", "hawaii", "delaware", "philadelphia", "cleveland", "detroit", "atlanta",
      "miami", "denver", "seattle", "dallas", "houston", "orlando", "manhattan", "brooklyn", "vegas", "angeles",
      "d.c.", "africa", "asia", "australia", "qatar", "egypt", "libya", "lebanon", "jordan", "vatican", "us", "uk",
      "u.s.", "u.k.", "eu", "states", "united", "kingdom", "union", "st.", "petersburg", "tehran", "kremlin",
      "pentagon", "nato", "congress", "senate", "parliament", "white", "house", "court", "department", "ministry",
      "council", "commission", "committee", "party", "administration", "government", "agency", "office", "bureau",
      "times", "post", "news", "journal", "press", "reuters", "afp", "cnn", "fox", "msnbc", "nbc", "abc", "cbs",
      "ap", "tass", "ria", "bbc", "twitter", "facebook", "instagram", "youtube", "google", "university", "college",
      "institute", "foundation", "center", "centre", "network", "street", "avenue", "square", "republicans",
      "democrats", "gop", "fbi", "cia", "nsa", "dnc", "rnc", "pac", "organization", "association", "group", "corp.",
      "inc.", "company", "bank", "fund", "board", "campaign", "times’", "un", "who", "isis", "taliban", "hamas");
}
