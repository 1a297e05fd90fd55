package org.echotrace.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.entities.EntityFinder;
import org.echotrace.quotes.Words.Token;

/**
 * A small name recogniser and the people of one article. No NER model is available offline, so a person is a run of
 * capitalised words near a role or a speech verb: titles and roles before it (Kremlin spokesman, Russian Foreign
 * Minister, US President) are roles, not name; nationality adjectives, places, bodies, months and days are never
 * names. A person needs two name words (Dmitry Peskov), or one after a role word (President Trump), or one that is the
 * subject of a speech verb ("Peskov said"). One instance per {@link QuoteFinder#find} call; not thread-safe.
 */
final class People {
  /** A person: canonical name, its role heads (spokesman, minister), and where it was first named. */
  record Person(String name, Set<String> roles, int first) {}

  /** What a mention is. */
  enum Kind { PRONOUN, NAME, DESCRIPTION, BODY }

  /** A mention split into its parts: name words (possibly empty) and role words. */
  record Parsed(Kind kind, String name, Set<String> roles, String head) {}

  private final List<Person> people = new ArrayList<>();
  // lookup indexes, in order of registration: by last name word, and by first word of names of two or more words
  private final java.util.Map<String, List<Person>> byLast = new java.util.HashMap<>();
  private final java.util.Map<String, List<Person>> byFirst = new java.util.HashMap<>();
  private final java.util.Map<Person, Integer> order = new java.util.IdentityHashMap<>();

  List<Person> people() {
    return people;
  }

  /** Registers every person named in these tokens (one sentence). */
  void scan(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalised() && !isRole(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && (tokens.get(j).capitalised() || isRole(tokens.get(j)) || particle(tokens, j))) j++;
      List<Token> run = tokens.subList(i, j);
      Parsed p = parse(run);
      boolean afterRole = p.roles().size() > 0;
      if (p.kind() == Kind.NAME && (p.name().contains(" ") || afterRole)) add(p, run.get(0).start());
      List<Token> appositive = appositive(tokens, j);
      if (p.kind() == Kind.NAME && !appositive.isEmpty()) {
        Person known = lookup(p.name(), Integer.MAX_VALUE);
        if (known != null) for (Token t : appositive) if (isRole(t)) known.roles().add(Words.roleHead(t.lower()));
      }
      i = Math.max(j, i + 1);
    }
  }

  /** ", [a|the] role ..." after a name: the words up to the next comma. */
  static List<Token> appositive(List<Token> tokens, int j) {
    if (j + 1 >= tokens.size() || !tokens.get(j).is(",")) return List.of();
    List<Token> out = new ArrayList<>();
    for (int k = j + 1; k < tokens.size() && k < j + 14; k++) {
      Token t = tokens.get(k);
      if (!t.word()) return out.stream().anyMatch(People::isRole) && t.is(",") ? out : List.of();
      out.add(t);
    }
    return List.of();
  }

  private static boolean particle(List<Token> tokens, int j) {
    String w = tokens.get(j).text();
    return Set.of("de", "van", "von", "bin", "al", "da", "di", "del", "der", "la", "le").contains(w)
        && j + 1 < tokens.size() && tokens.get(j + 1).capitalised() && j > 0 && tokens.get(j - 1).capitalised();
  }

  static boolean isRole(Token t) {
    return t.word() && Words.ROLES.contains(t.lower());
  }

  void add(Parsed p, int at) {
    Person known = lookup(p.name(), Integer.MAX_VALUE);
    if (known != null && known.name().equals(p.name())) {
      known.roles().addAll(p.roles());
      return;
    }
    if (known != null && p.name().split(" ").length <= known.name().split(" ").length) {
      known.roles().addAll(p.roles());
      return;
    }
    Person added = new Person(p.name(), new HashSet<>(p.roles()), at);
    order.put(added, people.size());
    people.add(added);
    String[] q = added.name().split(" ");
    byLast.computeIfAbsent(q[q.length - 1], k -> new ArrayList<>()).add(added);
    if (q.length > 1) byFirst.computeIfAbsent(q[0], k -> new ArrayList<>()).add(added);
  }

  /** Splits a mention: [determiner] [roles, adjectives, bodies] [name words]. */
  static Parsed parse(List<Token> run) {
    List<Token> words = run.stream().filter(Token::word).toList();
    if (words.size() == 1 && Words.PRONOUNS.contains(words.get(0).lower())) {
      return new Parsed(Kind.PRONOUN, words.get(0).lower(), Set.of(), null);
    }
    int end = words.size();
    int start = end;
    while (start > 0 && nameWord(words.get(start - 1))) start--;
    while (start < end && Words.NOT_NAMES.contains(words.get(start).lower())) start++;
    Set<String> roles = new HashSet<>();
    for (Token t : words.subList(0, start)) if (isRole(t)) roles.add(Words.roleHead(t.lower()));
    String head = words.isEmpty() ? null : Words.roleHead(stripPossessive(words.get(words.size() - 1).lower()));
    boolean institution = words.subList(start, end).stream()
        .anyMatch(t -> EntityFinder.placeOrOrganisationWord(stripPossessive(t.lower())));
    if (start < end && end - start <= 4 && !institution) { // "Kessler County Fairgrounds" is no one's name
      StringBuilder name = new StringBuilder();
      for (Token t : words.subList(start, end)) name.append(name.length() == 0 ? "" : " ").append(stripPossessive(t.text()));
      return new Parsed(Kind.NAME, name.toString(), roles, head);
    }
    boolean capitalised = words.stream().anyMatch(t -> t.capitalised() && !Words.NOT_NAMES.contains(t.lower()));
    boolean role = words.stream().anyMatch(People::isRole);
    if (role || !capitalised) return new Parsed(Kind.DESCRIPTION, null, roles, head);
    return new Parsed(Kind.BODY, null, roles, head);
  }

  private static boolean nameWord(Token t) {
    if (!t.capitalised()) return false;
    String w = t.lower();
    if (Words.ROLES.contains(w) || Words.ADJECTIVES.contains(w) || Words.PLACES.contains(stripPossessive(w))) return false;
    if (Words.NOT_NAMES.contains(w) || Words.PRONOUNS.contains(w)) return false;
    return t.text().chars().anyMatch(Character::isLowerCase) || t.text().length() <= 2; // not an acronym (NATO, EU)
  }

  static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s") || w.endsWith("´s") || w.endsWith("\u02BCs")) return w.substring(0, w.length() - 2);
    return w;
  }

  /** The person this name means: itself, or the fullest earlier name sharing its last (or only) word. */
  Person lookup(String name, int before) {
    String[] parts = name.split(" ");
    String last = parts[parts.length - 1];
    Person best = null;
    List<Person> candidates = byLast.getOrDefault(last, List.of());
    if (parts.length == 1 && byFirst.containsKey(last)) { // both indexes, in registration order
      candidates = new ArrayList<>(candidates);
      candidates.addAll(byFirst.get(last));
      candidates.sort(java.util.Comparator.comparingInt(order::get));
    }
    for (Person p : candidates) {
      if (p.first() > before && best != null) continue;
      String[] q = p.name().split(" ");
      boolean same = p.name().equals(name) || q[q.length - 1].equals(last) && (parts.length == 1 || q.length == 1
          || q[0].equals(parts[0]));
      if (parts.length == 1 && q.length > 1 && q[0].equals(last)) same = true; // "Dmitry" alone: rare, but a match
      if (same && (best == null || q.length > best.name().split(" ").length)) best = p;
    }
    return best;
  }

  /** The most recent person (first named before {@code before}) holding this role, or null. */
  Person byRole(String head, int before) {
    Person best = null;
    for (Person p : people) if (p.first() < before && p.roles().contains(head)) best = p;
    return best;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
