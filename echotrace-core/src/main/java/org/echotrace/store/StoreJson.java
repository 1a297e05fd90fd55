package org.echotrace.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.echotrace.model.InputProblem;
import org.echotrace.model.QuoteVariant.WordEdit;

/**
 * The JSON of the store's answers, with the analysis JSON's snake_case names: one place, so that the command line
 * and the HTTP API give the same shapes. Thread-safe: no state.
 */
public final class StoreJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private StoreJson() {}

  /** {@code {"query", "total", "offset", "results": [{"id", "title", "outlet", "url", "published", "first_seen",
   * "score", "match", "passages": [{"start", "end", "text", "similarity"}], "judged": {"type", "origin",
   * "origin_confidence", "probability"} | null (searches by URL), "family": {"origin", "origin_confidence",
   * "members"} | null}]}}. */
  public static ObjectNode search(SearchResults r, int offset) {
    ObjectNode o = F.objectNode();
    o.put("query", r.query());
    o.put("total", r.total());
    o.put("offset", offset);
    ArrayNode results = o.putArray("results");
    for (SearchResults.Hit h : r.results()) {
      ObjectNode n = results.addObject();
      n.put("id", h.id());
      n.put("title", h.title());
      n.put("outlet", h.outlet());
      n.put("url", h.url());
      n.put("published", h.published());
      n.put("first_seen", h.firstSeen());
      n.put("score", h.score());
      n.put("match", h.match());
      ArrayNode ps = n.putArray("passages");
      for (SearchResults.Passage p : h.passages()) {
        ps.addObject().put("start", p.start()).put("end", p.end()).put("text", p.text()).put("similarity", p.similarity());
      }
      if (h.judged() == null) {
        n.putNull("judged");
      } else {
        n.putObject("judged").put("type", h.judged().type()).put("origin", h.judged().origin())
            .put("origin_confidence", h.judged().originConfidence()).put("probability", h.judged().probability());
      }
      if (h.family() == null) {
        n.putNull("family");
      } else {
        ObjectNode f = n.putObject("family");
        f.put("origin", h.family().origin());
        f.put("origin_confidence", h.family().originConfidence());
        ArrayNode members = f.putArray("members");
        h.family().members().forEach(members::add);
      }
    }
    return o;
  }

  /** {@code {"id", "url", "previous_added", "added", "words_removed", "words_added", "changes": [{"op", "words"}]}}. */
  public static ObjectNode edit(Edit e) {
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("url", e.url());
    o.put("previous_added", e.previousAdded());
    o.put("added", e.added());
    o.put("words_removed", e.wordsRemoved());
    o.put("words_added", e.wordsAdded());
    ArrayNode changes = o.putArray("changes");
    for (WordEdit w : e.changes()) changes.addObject().put("op", w.op().symbol()).put("words", w.words());
    return o;
  }

  /** {@code {"read", "added", "unchanged", "edits": [...], "problems": [{"path", "line", "severity", "message"}],
   * "articles", "relations", "stories"}}. */
  public static ObjectNode add(AddReport r) {
    ObjectNode o = F.objectNode();
    o.put("read", r.read());
    o.put("added", r.added());
    o.put("unchanged", r.unchanged());
    ArrayNode edits = o.putArray("edits");
    r.edits().forEach(e -> edits.add(edit(e)));
    ArrayNode problems = o.putArray("problems");
    for (InputProblem p : r.problems()) {
      problems.addObject().put("path", p.path()).put("line", p.line()).put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
          .put("message", p.message());
    }
    o.put("articles", r.articles());
    o.put("relations", r.relations());
    o.put("stories", r.stories());
    return o;
  }

  /** {@code {"articles", "captures", "relations", "stories", "outlets", "bytes_on_disk", "analyzed_at",
   * "up_to_date"}}. */
  public static ObjectNode stats(Store.Stats s) {
    return F.objectNode().put("articles", s.articles()).put("captures", s.captures()).put("relations", s.relations())
        .put("stories", s.stories()).put("outlets", s.outlets()).put("bytes_on_disk", s.bytesOnDisk())
        .put("analyzed_at", s.analyzedAt()).put("up_to_date", s.upToDate());
  }
}
