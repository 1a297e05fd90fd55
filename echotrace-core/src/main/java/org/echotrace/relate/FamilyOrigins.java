package org.echotrace.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.internal.UnionFind;
import org.echotrace.model.Article;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;

/**
 * Completes origins over families of copies (articles joined by verbatim, partial, paraphrase or translation
 * relations), where one pair alone cannot tell:
 * <ul>
 *   <li><b>attested wording</b>: of a reworded pair (paraphrase or translation) whose direction is open, the side whose
 *       exact wording other articles carry too (verbatim or partial copies), while the other side's wording is found
 *       nowhere else, is the <b>likely</b> origin: identical wording on several pages is the source's wording, and one
 *       page reworded it. Likely, not certain: the shared wording might itself be a rewording of the other side;
 *   <li><b>external origin</b>: a copy that names a source outside the corpus ("TOKYO (AP) —", "according to
 *       Reuters") has it as its external origin;
 *   <li><b>representative</b>: in a family of copies of one text whose original is absent, the most original-looking
 *       member (earliest date, the wire's own dateline or credit, the fullest text; not a machine rewrite, not a page
 *       that credits another member) is the family's representative when it leads every other member by
 *       {@link #LEAD} points; an undecided pair with it becomes <b>likely</b>, with the reasons spelled out;
 *   <li><b>via</b>: two members that copy the representative (or one source both credit) are siblings: their pair
 *       keeps an undecided direction and names the common source, the representative's id, else the credited
 *       outlet.
 * </ul>
 * Thread-safe: no state.
 */
public final class FamilyOrigins {
  /** Points by which the representative must lead each other member: two independent signs. */
  static final int LEAD = 2;

  private FamilyOrigins() {}

  public static List<Relation> complete(List<Article> articles, List<Relation> relations, OriginResolver resolver) {
    relations = attested(relations);
    Map<String, Article> byId = new HashMap<>();
    Map<String, Integer> index = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
      index.put(a.id(), index.size());
    }
    Set<String> outlets = new HashSet<>();
    for (Article a : articles) if (a.outlet() != null) outlets.add(a.outlet());
    UnionFind families = new UnionFind(articles.size());
    Map<String, Integer> copies = new HashMap<>(), origins = new HashMap<>();
    for (Relation r : relations) {
      if (!r.isCopy()) continue;
      families.union(index.get(r.a()), index.get(r.b()));
      if (r.origin().decided()) {
        origins.merge(r.origin().id(), 1, Integer::sum);
        copies.merge(r.copy(), 1, Integer::sum);
      }
    }
    Map<Integer, List<Article>> members = new HashMap<>();
    for (Article a : articles) members.computeIfAbsent(families.find(index.get(a.id())), k -> new ArrayList<>()).add(a);
    Set<String> machine = members.values().parallelStream().filter(f -> f.size() > 1).flatMap(List::stream)
        .filter(a -> resolver.cues(a).size() >= MachineRewriteCues.MARGIN).map(Article::id)
        .collect(java.util.stream.Collectors.toSet());
    Map<String, Integer> score = new HashMap<>();
    Map<String, List<String>> signs = new HashMap<>();
    Map<Integer, String> representative = new HashMap<>();
    for (var e : members.entrySet()) {
      List<Article> family = e.getValue();
      if (family.size() < 2) continue;
      for (Article a : family) {
        List<String> why = new ArrayList<>();
        score.put(a.id(), originality(a, family, outlets, resolver, copies, origins, machine.contains(a.id()), why));
        signs.put(a.id(), why);
      }
      Article best = null;
      boolean leads = true;
      for (Article a : family) if (best == null || score.get(a.id()) > score.get(best.id())) best = a;
      for (Article a : family) if (a != best && score.get(best.id()) - score.get(a.id()) < LEAD) leads = false;
      if (leads) representative.put(e.getKey(), best.id());
    }
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (!r.isCopy()) {
        out.add(r);
        continue;
      }
      Origin o = r.origin();
      String rep = representative.get(families.find(index.get(r.a())));
      if (!o.decided() && rep != null && (rep.equals(r.a()) || rep.equals(r.b()))) {
        String other = rep.equals(r.a()) ? r.b() : r.a();
        List<String> reasons = new ArrayList<>(List.of(rep + " is the most original-looking copy of its family ("
            + String.join(", ", signs.get(rep)) + ")"));
        reasons.addAll(o.reasons());
        o = new Origin(rep, OriginConfidence.LIKELY, reasons, null, null);
      } else if (!o.decided() && rep != null) {
        List<String> reasons = new ArrayList<>(o.reasons());
        reasons.add("both belong to the family of " + rep + ", the most original-looking copy");
        o = new Origin(null, OriginConfidence.UNDECIDED, reasons, null, rep);
      }
      if (o.decided()) {
        Article copy = byId.get(o.id().equals(r.a()) ? r.b() : r.a());
        String external = external(copy, byId.get(o.id()), outlets, resolver);
        if (external != null) o = o.withExternalOrigin(external);
      }
      out.add(r.withOrigin(o));
    }
    return out;
  }

  /**
   * Decides the open direction of reworded pairs by {@linkplain FamilyOrigins attested wording}: the side whose
   * wording other articles reprint, when the other side's wording is reprinted nowhere.
   */
  static List<Relation> attested(List<Relation> relations) {
    Map<String, Set<String>> sameWording = new HashMap<>();
    for (Relation r : relations) {
      if (r.kind() != RelationKind.VERBATIM && r.kind() != RelationKind.PARTIAL) continue;
      sameWording.computeIfAbsent(r.a(), k -> new java.util.TreeSet<>()).add(r.b());
      sameWording.computeIfAbsent(r.b(), k -> new java.util.TreeSet<>()).add(r.a());
    }
    if (sameWording.isEmpty()) return relations;
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      boolean reworded = r.kind() == RelationKind.PARAPHRASE || r.kind() == RelationKind.TRANSLATION;
      if (!reworded || r.origin().decided()) {
        out.add(r);
        continue;
      }
      Set<String> ofA = sameWording.getOrDefault(r.a(), Set.of()), ofB = sameWording.getOrDefault(r.b(), Set.of());
      String origin = !ofA.isEmpty() && ofB.isEmpty() ? r.a() : !ofB.isEmpty() && ofA.isEmpty() ? r.b() : null;
      if (origin == null) {
        out.add(r);
        continue;
      }
      String copy = origin.equals(r.a()) ? r.b() : r.a();
      Set<String> others = origin.equals(r.a()) ? ofA : ofB;
      List<String> reasons = new ArrayList<>(List.of(origin + "'s wording is reprinted by " + others.iterator().next()
          + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "") + ", " + copy + "'s nowhere: "
          + copy + " reworded it"));
      // the old reasons stay, without the remark on why containment alone decided nothing: a second sign now has
      for (String why : r.origin().reasons()) reasons.add(why.replace(OriginResolver.CONTAINMENT_ALONE, ""));
      out.add(r.withOrigin(new Origin(origin, OriginConfidence.LIKELY, reasons)));
    }
    return out;
  }

  /** The first source the copy names that is neither its origin's outlet nor any outlet of the corpus, or null. */
  static String external(Article copy, Article origin, Set<String> outlets, OriginResolver resolver) {
    for (String s : resolver.sources(copy)) {
      if (OriginResolver.sameName(s, origin.outlet())) continue;
      boolean inCorpus = false;
      for (String o : outlets) inCorpus |= OriginResolver.sameName(s, o);
      if (!inCorpus) return s;
    }
    return null;
  }

  /** How original a member looks within its family; {@code why} collects the signs in words. */
  private static int originality(Article a, List<Article> family, Set<String> outlets, OriginResolver resolver,
      Map<String, Integer> copies, Map<String, Integer> origins, boolean machineRewrite, List<String> why) {
    int score = 0;
    if (a.published() != null) {
      PublicationWindow w = PublicationWindow.of(a.published());
      boolean earliest = true;
      for (Article b : family) {
        if (b == a || b.published() == null) continue;
        if (!w.before(PublicationWindow.of(b.published())) && PublicationWindow.of(b.published()).middle() <= w.middle()) {
          earliest = false;
        }
      }
      if (earliest) {
        score += 2;
        why.add("earliest date " + a.publishedIso());
      }
    }
    for (String s : resolver.sources(a)) {
      boolean member = false;
      for (Article b : family) member |= b != a && OriginResolver.sameName(s, b.outlet());
      if (member) {
        score -= 2;
        why.add("credits another member");
        break;
      }
    }
    if (!resolver.sources(a).isEmpty() && external(a, a, outlets, resolver) != null) {
      score += 1;
      why.add("names its wire source " + external(a, a, outlets, resolver));
    }
    int longest = 0;
    for (Article b : family) longest = Math.max(longest, b.text().length());
    if (a.text().length() == longest) {
      score += 1;
      why.add("the fullest text");
    }
    if (machineRewrite) {
      score -= 2;
      why.add("machine-rewrite phrasing");
    }
    score += Math.min(2, origins.getOrDefault(a.id(), 0)) - 2 * Math.min(1, copies.getOrDefault(a.id(), 0));
    return score;
  }
}
