package org.echotrace.entities;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.Article;
import org.echotrace.model.Entity;
import org.echotrace.model.Entity.EntityType;
import org.echotrace.normalize.Anchors;

/**
 * Finds people, places and organisations and merges their spellings. No named-entity model is available offline for
 * the languages we meet, so this is a small hand-written recogniser: runs of capitalised words, with leading titles
 * and nationality words ("Russian Foreign Minister") stripped, typed by their surroundings — a title or a speech verb
 * makes a person, a preposition of place or a country name (ICU's list) a place, an organisation word or an acronym an
 * organisation. Runs it cannot type are left out. Spellings merge on {@link Anchors#nameKey} (transliteration, then
 * consonant skeleton): a person's first and last names, a place's every word; a surname used alone joins the full name
 * used in the same article, else the corpus's most frequent full name with that surname.
 */
public final class EntityFinder {
  /** The word lists of {@code name-words.tsv}, by list name. */
  private static final Map<String, Set<String>> WORDS =
      org.echotrace.internal.ResourceTable.wordLists("/org/echotrace/entities/name-words.tsv", 3);
  private static final Set<String> TITLES = WORDS.get("title");
  private static final Set<String> ROLES = WORDS.get("role");
  private static final Set<String> SPEECH = WORDS.get("speech");
  /** English state verbs after a person ("Trump has"), read in English articles (or of no known language) only. */
  private static final Set<String> STATE = WORDS.get("state");
  private static final Set<String> PLACE_PREPOSITIONS = WORDS.get("place-preposition");
  private static final Set<String> ORG_WORDS = WORDS.get("organisation-word");
  private static final Set<String> PLACE_WORDS = WORDS.get("place-word");
  private static final Set<String> NOT_NAMES = WORDS.get("not-name");
  /**
   * Nouns whose possessive belongs to a name ("People's Party", "Prosecutor's Office"; titles and roles count too):
   * there a possessive does not end the name.
   */
  private static final Set<String> NAME_OWNERS = WORDS.get("owner-in-name");
  /**
   * Languages that capitalise every noun (German): there a capital letter says nothing about a lone word, so a lone
   * word is a name only as an acronym, a country (in English or its own language), a place or body that articles in
   * other languages name so, or the very spelling of a surname named in full (in its own article, or in an article of
   * a language that capitalises only names).
   */
  private static final Set<String> NOUN_CASE = WORDS.get("capitalises-nouns");
  private static final Set<String> COUNTRIES = countries();
  /** The scope of surnames of full names written in languages that capitalise only names (no article id is this). */
  private static final String CASED = "\u0000cased";
  /** The prefix of the scopes of surnames of full names written in one language (no article id begins so). */
  private static final String LANGUAGE = "\u0000language:";
  private static final Set<String> DEMONYMS = WORDS.get("demonym");

  /** A name as it stands in one article. */
  private record Mention(String text, List<String> words, EntityType type, String article, String outlet,
      boolean nounCase) {
    Mention(String text, List<String> words, EntityType type, String article, String outlet) {
      this(text, words, type, article, outlet, false);
    }
  }

  /** Everything found: the entities, and a lookup from any spelling of a person to its canonical name. */
  public record Entities(List<Entity> entities, Map<String, String> canonical) {
    public Entities {
      entities = List.copyOf(entities);
      canonical = Map.copyOf(canonical);
    }

    /**
     * The canonical name for a person named {@code name} anywhere in the corpus ("Sergei Lavrov", "Lavrov" → "Sergey
     * Lavrov" when that is the fuller, more frequent spelling), or {@code name} itself when unknown.
     */
    public String person(String name) {
      if (name == null) return null;
      String hit = canonical.get(name);
      if (hit != null) return hit;
      List<String> w = words(name);
      if (w.isEmpty()) return name;
      hit = canonical.get(personKey(w.size() > 1 ? w.get(0) : null, w.get(w.size() - 1)));
      if (hit == null && w.size() > 1) hit = canonical.get(personKey(null, w.get(w.size() - 1)));
      return hit != null && (w.size() == 1 || sameFirst(hit, w.get(0))) ? hit : name;
    }

    private static boolean sameFirst(String canonical, String first) {
      List<String> c = words(canonical);
      return c.size() < 2 || key(c.get(0)).equals(key(first));
    }
  }

  /** Entities of a corpus: those named in at least two articles or spelled in at least two ways. */
  public Entities find(List<Article> articles) {
    return find(articles, null);
  }

  /**
   * As {@link #find(List)}, given each article's {@link NameRuns} (in the articles' order; null to find them here).
   */
  public Entities find(List<Article> articles, List<NameRuns> names) {
    if (names != null && names.size() != articles.size()) {
      throw new IllegalArgumentException(names.size() + " name runs for " + articles.size() + " articles");
    }
    // each article's runs are unpacked once: a run is typed at once, except a lone word opening a sentence, which is
    // a name only if the corpus writes it capitalised inside a sentence too, known only when every article is read;
    // those few runs wait (holding every run of the corpus until then was millions of small lists and strings)
    Set<String> capitalisedInside = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Object[][] typed = new Object[articles.size()][];
    java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i -> {
      List<Run> runs = names != null ? names.get(i).runs() : runs(articles.get(i).text());
      Object[] out = new Object[runs.size()];
      int k = 0;
      for (Run x : runs) {
        capitalisedInside.addAll(x.sentenceStart ? x.words.subList(1, x.words.size()) : x.words);
        Object m = waitsForCorpus(x) ? x : type(x, articles.get(i), null);
        if (m != null) out[k++] = m;
      }
      typed[i] = java.util.Arrays.copyOf(out, k);
    });
    List<Mention> all = java.util.stream.IntStream.range(0, articles.size()).parallel().boxed()
        .flatMap(i -> java.util.Arrays.stream(typed[i])
            .map(m -> m instanceof Run r ? type(r, articles.get(i), capitalisedInside) : (Mention) m))
        .filter(java.util.Objects::nonNull).toList();
    java.util.Arrays.fill(typed, null);
    // counted by spelling and type in one pass, into a small array per spelling (as fast as the parallel grouping
    // into nested maps it replaced, 0.04-0.16 s on 100,000 articles, and plainer)
    Map<String, long[]> votes = new HashMap<>();
    EntityType[] types = EntityType.values();
    for (Mention m : all) if (m.type != null) votes.computeIfAbsent(m.text, t -> new long[types.length])[m.type.ordinal()]++;
    // every occurrence of a spelling typed somewhere counts, with the type it got most often
    Map<String, Map<String, Set<String>>> surnames = new HashMap<>(); // article ("" = all) -> key -> surnames
    Map<String, EntityType> typeOf = new HashMap<>();
    for (var e : votes.entrySet()) { // the type it got most often; on a tie, the first type
      long[] count = e.getValue();
      int best = 0;
      for (int t = 1; t < count.length; t++) if (count[t] > count[best]) best = t;
      typeOf.put(e.getKey(), types[best]);
    }
    List<Mention> mentions = new ArrayList<>();
    // full names written in articles of languages that do not capitalise every noun: only their surnames can name a
    // person in a lone word of one that does (a German "Gutes Essen" heading is no name, so "Essen" is no surname)
    Set<String> nounCaseArticles = new HashSet<>();
    Map<String, String> languageOf = new HashMap<>();
    for (Article a : articles) {
      if (a.language() != null && NOUN_CASE.contains(a.language().toLowerCase(Locale.ROOT))) nounCaseArticles.add(a.id());
      languageOf.put(a.id(), a.language() == null ? "" : a.language().toLowerCase(Locale.ROOT));
    }
    for (Mention m : all) {
      EntityType type = typeOf.get(m.text);
      if (type != EntityType.PERSON || m.words.size() < 2) continue;
      String language = LANGUAGE + languageOf.getOrDefault(m.article, "");
      List<String> scopes = nounCaseArticles.contains(m.article) ? List.of(m.article, "", language)
          : List.of(m.article, "", CASED, language);
      for (String scope : scopes) {
        surnames.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(key(last(m.words)), k -> new HashSet<>())
            .add(last(m.words));
      }
    }
    // a lone word, counted where its article names a person by it in full ("Zelenskiy left." after "Volodymyr
    // Zelenskiy"), and how often it was typed otherwise (a place after "in") in the articles that do not
    Map<String, Integer> asSurname = new HashMap<>();
    Map<String, Integer> typedOtherwise = new HashMap<>();
    boolean[] single = new boolean[all.size()], surnameHere = new boolean[all.size()];
    java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> {
      Mention m = all.get(i);
      if (m.words.size() != 1 || !nameLike(m.text)) return;
      single[i] = true;
      surnameHere[i] = m.nounCase ? surnames.getOrDefault(m.article, Map.of()).getOrDefault(key(m.text), Set.of())
          .contains(m.text) : surnameOf(surnames.get(m.article), m.text);
    });
    for (int i = 0; i < all.size(); i++) {
      if (!single[i]) continue;
      Mention m = all.get(i);
      if (surnameHere[i]) asSurname.merge(m.text, 1, Integer::sum);
      else if (m.type != null && m.type != EntityType.PERSON) typedOtherwise.merge(m.text, 1, Integer::sum);
    }
    // whether a spelling is the surname of a full name anywhere in the corpus: asked once per spelling, not per
    // mention (a common surname has many near spellings to compare with)
    Map<String, Boolean> corpusSurname = new java.util.concurrent.ConcurrentHashMap<>();
    Mention[] kept = new Mention[all.size()];
    java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> {
      Mention m = all.get(i);
      EntityType type = typeOf.get(m.text);
      // in an article that names the full name, the surname alone is that person, whatever a preposition before it
      // said elsewhere ("from Zelenskiy" is no place); in the rest of the corpus when it is a surname more often than
      // it was typed otherwise, or never typed
      if (m.nounCase && !surnameHere[i]) {
        // a noun ("Boden") is no one's surname ("Biden") elsewhere: only the very spelling of a surname is ("Trump");
        // a place or body that articles in other languages named ("in Berlin") is that here too
        boolean surname = surnames.getOrDefault(CASED, Map.of()).getOrDefault(key(m.text), Set.of()).contains(m.text)
            && (type == null || asSurname.getOrDefault(m.text, 0) > typedOtherwise.getOrDefault(m.text, 0));
        if (surname) type = EntityType.PERSON;
        if (type != null) kept[i] = new Mention(m.text, m.words, type, m.article, m.outlet);
        return;
      }
      // elsewhere in the corpus a lone word meets a surname spelled a little differently only in its own language
      // (Zelenskiy, Zelensky); across languages only the same spelling, once transliterated (a Spanish "Ley" is no Lee)
      String language = LANGUAGE + languageOf.getOrDefault(m.article, "");
      if (surnameHere[i] || single[i] && corpusSurname.computeIfAbsent(language + "\n" + m.text,
          t -> surnameOf(surnames.get(language), m.text) || spelledAs(surnames.get(""), m.text))
          && (type == null || asSurname.getOrDefault(m.text, 0) > typedOtherwise.getOrDefault(m.text, 0))) {
        type = EntityType.PERSON;
      }
      if (type != null) kept[i] = new Mention(m.text, m.words, type, m.article, m.outlet);
    });
    for (Mention m : kept) if (m != null) mentions.add(m);
    List<Entity> out = new ArrayList<>();
    Map<String, String> canonical = new HashMap<>();
    mergePeople(mentions, out, canonical);
    mergeOthers(mentions, out);
    out.sort(Comparator.comparingInt((Entity e) -> -total(e)).thenComparing(Entity::name));
    return new Entities(out, canonical);
  }

  private static int total(Entity e) {
    int n = 0;
    for (Entity.Variant v : e.variants()) n += v.mentions();
    return n;
  }

  private static void mergePeople(List<Mention> mentions, List<Entity> out, Map<String, String> canonical) {
    List<List<Mention>> groups = new ArrayList<>();
    // the groups each article's mentions went to: a lone surname joins the group named in its own article, found
    // among that article's few groups (scanning the group each time was quadratic in a name's mentions, and asking
    // each candidate group for the article was linear in a common surname's full names)
    Map<String, Set<Integer>> groupsIn = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>(); // surname key + first-name key ("" for a surname alone)
    Map<String, List<Integer>> bySurname = new HashMap<>(); // surname key -> groups of full names
    List<Mention> single = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type != EntityType.PERSON) continue;
      if (m.words.size() == 1) {
        single.add(m);
        continue;
      }
      String surname = key(last(m.words));
      Integer g = byName.get(surname + " " + key(m.words.get(0)));
      if (g != null) {
        List<String> first = groups.get(g).get(0).words;
        if (!sameSurname(last(first), last(m.words)) || !close(first.get(0), m.words.get(0), FIRST_NAME)) {
          g = null; // same skeleton, different names (Port/Pruitt)
        }
      }
      if (g == null) {
        g = groups.size();
        groups.add(new ArrayList<>());
        byName.putIfAbsent(surname + " " + key(m.words.get(0)), g);
        bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(g);
      }
      groups.get(g).add(m);
      groupsIn.computeIfAbsent(m.article, k -> new HashSet<>()).add(g);
    }
    // the full names a lone spelling may be the surname of: the same for every mention of the spelling
    Map<String, List<Integer>> candidatesOf = new HashMap<>();
    for (Mention m : single) {
      String surname = key(m.words.get(0));
      Integer target = null;
      List<Integer> candidates = candidatesOf.computeIfAbsent(m.text, t -> bySurname.getOrDefault(surname, List.of())
          .stream().filter(g -> sameSurname(last(groups.get(g).get(0).words), t)).toList());
      // the last candidate that this article named (candidates are in the order the groups were made: sorted)
      for (int g : groupsIn.getOrDefault(m.article, Set.of())) {
        if ((target == null || g > target) && java.util.Collections.binarySearch(candidates, g) >= 0) target = g;
      }
      if (target == null && !candidates.isEmpty()) {
        target = candidates.stream().max(Comparator.comparingInt(g -> groups.get(g).size())).orElseThrow();
      }
      if (target == null) {
        target = byName.computeIfAbsent(surname + " ", k -> {
          groups.add(new ArrayList<>());
          return groups.size() - 1;
        });
      }
      groups.get(target).add(m);
      groupsIn.computeIfAbsent(m.article, k -> new HashSet<>()).add(target);
    }
    for (List<Mention> g : groups) {
      Entity e = entity(g, EntityType.PERSON);
      if (e == null) continue;
      out.add(e);
      for (Entity.Variant v : e.variants()) canonical.put(v.text(), e.name());
      List<String> w = words(e.name());
      canonical.put(personKey(w.size() > 1 ? w.get(0) : null, last(w)), e.name());
      canonical.putIfAbsent(personKey(null, last(w)), e.name());
    }
  }

  private record Spelling(EntityType type, String text) {}

  private static void mergeOthers(List<Mention> mentions, List<Entity> out) {
    Map<Spelling, List<Mention>> bySpelling = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON) continue;
      bySpelling.computeIfAbsent(new Spelling(m.type, m.text), k -> new ArrayList<>()).add(m);
    }
    Map<String, List<List<Mention>>> groups = new LinkedHashMap<>();
    for (List<Mention> spelled : bySpelling.values()) {
      Mention m = spelled.get(0);
      StringBuilder key = new StringBuilder(m.type.name());
      for (String w : m.words) key.append(' ').append(allUpper(w) ? w : key(w));
      List<List<Mention>> same = groups.computeIfAbsent(key.toString(), k -> new ArrayList<>());
      List<Mention> target = null;
      for (List<Mention> g : same) {
        if (close(g.get(0).text, m.text, PLACE)) target = g;
      }
      if (target == null) same.add(target = new ArrayList<>());
      target.addAll(spelled);
    }
    // groups are independent: built in parallel, kept in encounter order
    out.addAll(groups.values().parallelStream().flatMap(List::stream).map(g -> entity(g, g.get(0).type))
        .filter(java.util.Objects::nonNull).toList());
  }

  /** The entity of a group of mentions, or null when it is named in one article only and spelled one way. */
  private static Entity entity(List<Mention> group, EntityType type) {
    if (oneArticleOneSpelling(group)) return null; // most groups: checked before any map is built
    // past that check the group spans two articles or two spellings
    // a name's mentions come article by article, so a mention is mostly spelled as, and from the outlet of, the one
    // before it: such runs are taken as they come, without a hash lookup each (a common name has 100,000 mentions)
    Map<String, List<Mention>> bySpelling = new LinkedHashMap<>();
    List<Mention> last = null;
    String lastText = null;
    for (Mention m : group) {
      if (last == null || !m.text.equals(lastText)) {
        last = bySpelling.computeIfAbsent(m.text, k -> new ArrayList<>());
        lastText = m.text;
      }
      last.add(m);
    }
    List<Entity.Variant> variants = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : bySpelling.entrySet()) {
      // runs of one article are dropped as they come, the rest sorted
      List<String> arts = new ArrayList<>();
      Set<String> outlets = new LinkedHashSet<>();
      String lastOutlet = null;
      for (Mention m : e.getValue()) {
        if (arts.isEmpty() || !arts.get(arts.size() - 1).equals(m.article)) arts.add(m.article);
        if (m.outlet != null && !m.outlet.equals(lastOutlet)) {
          outlets.add(m.outlet);
          lastOutlet = m.outlet;
        }
      }
      variants.add(new Entity.Variant(e.getKey(), e.getValue().size(), sortedDistinct(arts), List.copyOf(outlets)));
    }
    variants.sort(Comparator.comparingInt((Entity.Variant v) -> -words(v.text()).size())
        .thenComparingInt(v -> -v.mentions()));
    String name = variants.get(0).text();
    variants.sort(Comparator.comparingInt((Entity.Variant v) -> -v.mentions()).thenComparing(Entity.Variant::text));
    return new Entity(name, type, variants);
  }

  private static List<String> sortedDistinct(List<String> list) {
    list.sort(null);
    List<String> out = new ArrayList<>(list.size());
    for (String x : list) if (out.isEmpty() || !out.get(out.size() - 1).equals(x)) out.add(x);
    return List.copyOf(out);
  }

  private static boolean oneArticleOneSpelling(List<Mention> group) {
    Mention first = group.get(0);
    for (Mention m : group) if (!m.article.equals(first.article) || !m.text.equals(first.text)) return false;
    return true;
  }

  /**
   * Whether a run's type waits for the whole corpus: a lone word opening a sentence is a name only if some article
   * writes it capitalised inside a sentence.
   */
  private static boolean waitsForCorpus(Run r) {
    return r.sentenceStart && r.words.size() == 1 && !NOT_NAMES.contains(r.words.get(0).toLowerCase(Locale.ROOT));
  }

  /** The run's mention; {@code capitalisedInside} is read only for a run that {@link #waitsForCorpus}. */
  private Mention type(Run r, Article a, Set<String> capitalisedInside) {
    List<String> w = new ArrayList<>(r.words);
    List<String> lw = new ArrayList<>(w.size()); // each word's lower case, beside it
    for (String x : w) lw.add(x.toLowerCase(Locale.ROOT));
    boolean titled = false;
    if (r.sentenceStart && NOT_NAMES.contains(lw.get(0))) {
      w.remove(0);
      lw.remove(0);
    } else if (r.sentenceStart && w.size() == 1 && !capitalisedInside.contains(w.get(0))) {
      return null;
    }
    while (w.size() > 1 && (TITLES.contains(lw.get(0)) || demonymLower(lw.get(0)))) {
      titled = true;
      w.remove(0);
      lw.remove(0);
    }
    for (int k = w.size() - 1; k >= 0; k--) {
      if (NOT_NAMES.contains(lw.get(k)) && !allUpper(w.get(k))) {
        w.remove(k);
        lw.remove(k);
      }
    }
    if (w.isEmpty() || w.size() > 4 || w.stream().anyMatch(x -> x.contains("-") && !nameLike(x))) return null;
    if (w.size() == 1 && (demonymLower(lw.get(0)) || w.get(0).length() < 3 && !allUpper(w.get(0)))) return null;
    String text = String.join(" ", w);
    String lower = text.toLowerCase(Locale.ROOT);
    if (w.size() == 1 && !allUpper(w.get(0)) && !COUNTRIES.contains(lower) && a.language() != null
        && NOUN_CASE.contains(a.language().toLowerCase(Locale.ROOT))) {
      return new Mention(text, List.copyOf(w), null, a.id(), a.outlet(), true); // see NOUN_CASE
    }
    EntityType type;
    if (w.size() == 1 && allUpper(w.get(0)) && w.get(0).length() >= 2 && w.get(0).length() <= 6) {
      type = EntityType.ORGANISATION;
    } else if (lw.stream().anyMatch(ORG_WORDS::contains)) {
      type = EntityType.ORGANISATION;
    } else if (COUNTRIES.contains(lower)) {
      type = EntityType.PLACE;
    } else if ((titled && w.size() <= 3) || SPEECH.contains(r.next) && w.size() <= 3
        || STATE.contains(r.next) && w.size() <= 3 && (a.language() == null || a.language().equalsIgnoreCase("en"))
        || ROLES.contains(r.previous) && w.size() <= 3) {
      type = EntityType.PERSON;
    } else if (PLACE_PREPOSITIONS.contains(r.previous) && w.size() <= 2 && !demonymLower(lw.get(0))) {
      type = EntityType.PLACE;
    } else if (w.size() >= 2 && PLACE_WORDS.contains(last(lw))) {
      type = EntityType.PLACE;
    } else {
      type = null; // typed later if the same spelling is typed elsewhere
    }
    if (type == EntityType.PERSON && (w.size() == 1 || w.stream().anyMatch(x -> !nameLike(x)))) {
      type = null; // a lone word is a person only as the surname of a full name ("Peskov" after "Dmitry Peskov")
    }
    return new Mention(text, List.copyOf(w), type, a.id(), a.outlet());
  }

  /**
   * The apostrophes of a possessive: typewriter, right single quotation mark, and the modifier letter apostrophe
   * (U+02BC), which some sites and keyboards type and which Java counts as a letter.
   */
  private static final String APOSTROPHES = "'\u2019\u02BC";

  /** Capitalised word runs of a text with the word before and after each run. */
  record Run(List<String> words, boolean sentenceStart, String previous, String next) {}

  /** The runs. */
  static List<Run> runs(String text) {
    List<Run> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean runStart = false;
    String before = "";
    int prevS = 0;
    int prevE = 0;
    boolean sentenceStart = true;
    boolean owner = false; // the run's last word was a possessive
    int i = 0;
    int n = text.length();
    while (true) {
      int s = i;
      boolean boundary = false;
      boolean gap = false;
      while (s < n && !Character.isLetter(text.charAt(s))) {
        char c = text.charAt(s);
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '”' || c == '«'
            || c == '»') {
          boundary |= c == '.' || c == '!' || c == '?' || c == '\n';
          gap = true;
        } else if (c != ' ' && c != '\u00A0' && c != '(' && c != ')') { // "Prime Minister (Keir) Starmer"
          gap = true;
        }
        s++;
      }
      if (s >= n) break;
      int e = s;
      while (e < n && (Character.isLetterOrDigit(text.charAt(e))
          || (text.charAt(e) == '-' || text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && e + 1 < n
          && Character.isLetter(text.charAt(e + 1)))) {
        e++;
      }
      boolean cap = Character.isUpperCase(text.charAt(s));
      if (!run.isEmpty() && (!cap || gap || owner)) {
        out.add(new Run(List.copyOf(run), runStart, before, text.substring(s, e).toLowerCase(Locale.ROOT)));
        run.clear();
      }
      if (cap) {
        if (run.isEmpty()) {
          runStart = sentenceStart || boundary;
          before = text.substring(prevS, prevE).toLowerCase(Locale.ROOT);
        }
        int end = e;
        // a possessive ends its name: "Jane Roe's Harbour Party" is Jane Roe and a party of hers, not one name
        boolean possessive = end - s > 2 && text.charAt(end - 1) == 's' && APOSTROPHES.indexOf(text.charAt(end - 2)) >= 0;
        if (possessive) end -= 2;
        String lower = possessive ? text.substring(s, end).toLowerCase(Locale.ROOT) : "";
        // an office is named by its holder's title ("the Prosecutor's Office"), an organisation by a plural owner
        owner = possessive && !NAME_OWNERS.contains(lower) && !TITLES.contains(lower) && !ROLES.contains(lower);
        run.add(text.substring(s, end));
      } else {
        owner = false;
      }
      prevS = s;
      prevE = e;
      sentenceStart = false;
      i = e;
    }
    if (!run.isEmpty()) out.add(new Run(List.copyOf(run), runStart, before, ""));
    return out;
  }

  private static boolean nameLike(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
    for (String part : w.split("-")) { // Jean-Claude, not NATO-trained
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || allUpper(part) && part.length() > 1) return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) return false;
    }
    String l = w.toLowerCase(Locale.ROOT);
    return !NOT_NAMES.contains(l) && !COUNTRIES.contains(l) && !demonym(w) && !ORG_WORDS.contains(l);
  }

  private static boolean demonym(String w) {
    return demonymLower(w.toLowerCase(Locale.ROOT));
  }

  /** {@link #demonym} of a word already in lower case. */
  private static boolean demonymLower(String l) {
    return l.length() > 4 && (l.endsWith("ian") || l.endsWith("ean") || l.endsWith("ese") || l.endsWith("ish"))
        || DEMONYMS.contains(l);
  }

  private static boolean allUpper(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) return false;
      }
    }
    return letter;
  }

  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split("\\s+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  private static String last(List<String> w) {
    return w.get(w.size() - 1);
  }

  private static String personKey(String first, String last) {
    return "\u0000" + (first == null ? "" : key(first)) + " " + key(last);
  }

  /**
   * Whether a lower-case word marks a place or an organisation ("county", "ministry", "fairgrounds"): a run of
   * capitalised words holding one is not a person's name.
   */
  public static boolean placeOrOrganisationWord(String lower) {
    return PLACE_WORDS.contains(lower) || ORG_WORDS.contains(lower) || COUNTRIES.contains(lower);
  }

  /** Whether {@code word} is one of the surnames, spelled alike once transliterated. */
  private static boolean spelledAs(Map<String, Set<String>> surnames, String word) {
    if (surnames == null) return false;
    for (String s : surnames.getOrDefault(key(word), Set.of())) if (latin(s).equals(latin(word))) return true;
    return false;
  }

  private static boolean surnameOf(Map<String, Set<String>> surnames, String word) {
    if (surnames == null) return false;
    for (String s : surnames.getOrDefault(key(word), Set.of())) {
      if (sameSurname(s, word)) return true;
    }
    return false;
  }

  // Transliteration is the costly step (tens of µs a word); names repeat, so both forms are memoised.
  private static final int CACHE_LIMIT = 200_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, String> LATIN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String key(String word) {
    if (KEYS.size() > CACHE_LIMIT) KEYS.clear();
    return KEYS.computeIfAbsent(word, Anchors::nameKey);
  }

  private static String latin(String word) {
    if (LATIN.size() > CACHE_LIMIT) LATIN.clear();
    return LATIN.computeIfAbsent(word, Anchors::latin);
  }

  /** Largest edit distance, as a share of the longer spelling, between spellings of one name part. */
  static final double SURNAME = 0.34;
  static final double FIRST_NAME = 0.5;
  static final double PLACE = 0.5;

  /**
   * Two spellings of one surname: close by {@link #SURNAME}, and neither the other with a syllable added at its end
   * ("Martinez" is not "Martin", "Johnson" not "Johns"): transliterations change letters (Peskov, Peskow) or add
   * one (Zelensky, Zelenskyy), a longer ending makes another name.
   */
  static boolean sameSurname(String a, String b) {
    if (!close(a, b, SURNAME)) return false;
    String x = latin(a), y = latin(b);
    String shorter = x.length() <= y.length() ? x : y, longer = x.length() <= y.length() ? y : x;
    return !(longer.length() - shorter.length() >= 2 && longer.startsWith(shorter));
  }

  /**
   * Whether two spellings whose keys agree are close enough to be one name: Levenshtein distance of their Latin lower
   * case forms over the longer length (Zelensky/Zelenskiy 0.11, Sergey/Sergei 0.17, Kiev/Kyiv 0.5, Vladimir/Volodymyr
   * 0.44, but Port/Pruitt 0.5 for a surname).
   */
  static boolean close(String a, String b, double limit) {
    String x = latin(a);
    String y = latin(b);
    return LEVENSHTEIN.apply(x, y) <= limit * Math.max(x.length(), y.length());
  }

  /** commons-text's Levenshtein distance (unit costs, no threshold). Thread-safe. */
  private static final org.apache.commons.text.similarity.LevenshteinDistance LEVENSHTEIN =
      org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    for (String c : ULocale.getISOCountries()) {
      String name = new ULocale("", c).getDisplayCountry(ULocale.ENGLISH);
      if (!name.isEmpty() && !name.equals(c)) out.add(name.toLowerCase(Locale.ROOT));
      // and as the languages that capitalise every noun write them, where a lone word needs this list ("Russland")
      for (String language : NOUN_CASE) {
        String own = new ULocale("", c).getDisplayCountry(new ULocale(language));
        if (!own.isEmpty() && !own.equals(c)) out.add(own.toLowerCase(Locale.ROOT));
      }
    }
    out.addAll(WORDS.get("place"));
    return Set.copyOf(out);
  }
}
