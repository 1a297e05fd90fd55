package org.echotrace.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.Segment;
import org.echotrace.model.SentencePair;
import org.echotrace.model.Story;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteVariant;
import org.echotrace.quotes.QuoteMatcher;

/**
 * Writes the JSON contract ({@code articles}, {@code relations}, {@code stories}, {@code narratives},
 * {@code quotes}, {@code quote_variants}, {@code entities}, {@code framing}, {@code framing_shifts}, {@code problems})
 * as one document, or as JSONL with one record a line (each with {@code "record": "article" | "relation" | "story" |
 * "narrative" | "quote" | "quote_variant" | "entity" | "framing" | "framing_shift" | "problem"}).
 * Streams with Jackson's generator, so a large result is never held twice in memory. Thread-safe: no state.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The whole result as one pretty-printed JSON document. */
  public void writeJson(AnalysisResult result, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (Article a : result.articles()) article(g, a, null);
      g.writeEndArray();
      g.writeArrayFieldStart("relations");
      for (Relation r : result.relations()) relation(g, r, null);
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (Story s : result.stories()) story(g, s, null);
      g.writeEndArray();
      g.writeArrayFieldStart("narratives");
      for (Narrative n : result.narratives()) narrative(g, n, null);
      g.writeEndArray();
      Map<Integer, QuoteVariant> primary = QuoteMatcher.primary(result.quoteVariants());
      g.writeArrayFieldStart("quotes");
      for (int i = 0; i < result.quotes().size(); i++) quote(g, result, i, primary.get(i), null);
      g.writeEndArray();
      g.writeArrayFieldStart("quote_variants");
      for (QuoteVariant v : result.quoteVariants()) variant(g, result, v, null);
      g.writeEndArray();
      g.writeArrayFieldStart("entities");
      for (Entity e : result.entities()) entity(g, e, null);
      g.writeEndArray();
      g.writeArrayFieldStart("framing");
      for (FramingHit h : result.framing()) framing(g, h, null);
      g.writeEndArray();
      g.writeArrayFieldStart("framing_shifts");
      for (FramingShift f : result.framingShifts()) shift(g, f, null);
      g.writeEndArray();
      g.writeArrayFieldStart("problems");
      for (InputProblem p : result.problems()) problem(g, p, null);
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSON object a line: articles, then relations, stories and problems. */
  public void writeJsonl(AnalysisResult result, OutputStream out) {
    try {
      for (Article a : result.articles()) line(out, g -> article(g, a, "article"));
      for (Relation r : result.relations()) line(out, g -> relation(g, r, "relation"));
      for (Story s : result.stories()) line(out, g -> story(g, s, "story"));
      for (Narrative n : result.narratives()) line(out, g -> narrative(g, n, "narrative"));
      Map<Integer, QuoteVariant> primary = QuoteMatcher.primary(result.quoteVariants());
      for (int i = 0; i < result.quotes().size(); i++) {
        int q = i;
        line(out, g -> quote(g, result, q, primary.get(q), "quote"));
      }
      for (QuoteVariant v : result.quoteVariants()) line(out, g -> variant(g, result, v, "quote_variant"));
      for (Entity e : result.entities()) line(out, g -> entity(g, e, "entity"));
      for (FramingHit h : result.framing()) line(out, g -> framing(g, h, "framing"));
      for (FramingShift f : result.framingShifts()) line(out, g -> shift(g, f, "framing_shift"));
      for (InputProblem p : result.problems()) line(out, g -> problem(g, p, "problem"));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static void line(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      body.write(g);
    }
    out.write('\n');
  }

  /** One article object; {@code record} names the record type in JSONL, null in the JSON document. */
  private static void article(JsonGenerator g, Article a, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.publishedIso());
    g.writeStringField("published_source", a.published() == null ? null : a.published().source());
    g.writeStringField("published_confidence", a.published() == null ? null : a.published().confidence().jsonName());
    g.writeStringField("attribution", a.attribution());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("url", a.url());
    g.writeStringField("language", a.language());
    g.writeArrayFieldStart("credits");
    for (String c : a.credits()) g.writeString(c);
    g.writeEndArray();
    g.writeStringField("author", a.author());
    g.writeStringField("modified", a.modified() == null ? null : a.modified().iso());
    g.writeStringField("canonical_url", a.canonicalUrl());
    g.writeStringField("crawled", a.crawled() == null ? null : a.crawled().toString());
    g.writeArrayFieldStart("source_links");
    for (String link : a.sourceLinks()) g.writeString(link);
    g.writeEndArray();
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("segments");
    for (Segment s : a.segments()) {
      g.writeStartObject();
      g.writeNumberField("line", s.line());
      g.writeStringField("kind", s.kind().jsonName());
      g.writeStringField("label", s.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, Relation r, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("a", r.a());
    g.writeStringField("b", r.b());
    g.writeStringField("type", r.kind().jsonName());
    g.writeStringField("origin", r.origin().id());
    g.writeStringField("origin_confidence", r.origin().confidence().jsonName());
    g.writeStringField("external_origin", r.origin().externalOrigin());
    g.writeStringField("via", r.origin().via());
    g.writeArrayFieldStart("origin_reasons");
    for (String why : r.origin().reasons()) g.writeString(why);
    g.writeEndArray();
    g.writeNumberField("score", r.score());
    if (Double.isNaN(r.probability())) g.writeNullField("probability");
    else g.writeNumberField("probability", Math.round(r.probability() * 1000) / 1000.0);
    g.writeObjectFieldStart("coverage");
    g.writeNumberField("a", r.coverageA());
    g.writeNumberField("b", r.coverageB());
    g.writeEndObject();
    g.writeObjectFieldStart("evidence");
    g.writeArrayFieldStart("passages");
    for (Passage p : r.passages()) {
      spans(g, p.aStart(), p.aEnd(), p.bStart(), p.bEnd());
      g.writeNumberField("words", p.words());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sentences");
    for (SentencePair p : r.sentences()) {
      spans(g, p.aStart(), p.aEnd(), p.bStart(), p.bEnd());
      g.writeNumberField("similarity", p.similarity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Opens an evidence object with its {@code "a": [start, end], "b": [start, end]}; the caller closes it. */
  private static void spans(JsonGenerator g, int aStart, int aEnd, int bStart, int bEnd) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("a");
    g.writeNumber(aStart);
    g.writeNumber(aEnd);
    g.writeEndArray();
    g.writeArrayFieldStart("b");
    g.writeNumber(bStart);
    g.writeNumber(bEnd);
    g.writeEndArray();
  }

  private static void story(JsonGenerator g, Story s, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("id", s.id());
    g.writeStringField("label", s.label());
    g.writeStringField("first_seen", s.firstSeen());
    g.writeStringField("last_seen", s.lastSeen());
    g.writeArrayFieldStart("outlets");
    for (String o : s.outlets()) g.writeString(o);
    g.writeEndArray();
    g.writeArrayFieldStart("articles");
    for (String id : s.articles()) g.writeString(id);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void narrative(JsonGenerator g, Narrative n, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("id", n.id());
    g.writeStringField("label", n.label());
    g.writeArrayFieldStart("stories");
    for (String id : n.stories()) g.writeString(id);
    g.writeEndArray();
    g.writeArrayFieldStart("articles");
    for (String id : n.articles()) g.writeString(id);
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * One quote: {@code article, text, speaker, mention, cue, start, end, kind, variant_of, change}; {@code variant_of}
   * points at the counterpart in the origin article and {@code change} says how this quote differs from it (both null
   * for quotes of articles that copy nothing).
   */
  private static void quote(JsonGenerator g, AnalysisResult result, int index, QuoteVariant v, String record)
      throws IOException {
    Quote q = result.quotes().get(index);
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("article", q.article());
    g.writeStringField("text", q.text());
    g.writeStringField("speaker", q.speaker());
    g.writeStringField("mention", q.mention());
    g.writeStringField("cue", q.cue());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("kind", q.kind().jsonName());
    if (v != null && v.originQuote() >= 0) {
      quoteRef(g, "variant_of", result.quotes().get(v.originQuote()));
    } else {
      g.writeNullField("variant_of");
    }
    g.writeStringField("change", v == null ? null : v.change().jsonName());
    g.writeEndObject();
  }

  private static void quoteRef(JsonGenerator g, String field, Quote q) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("article", q.article());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("text", q.text());
    g.writeEndObject();
  }

  private static void variant(JsonGenerator g, AnalysisResult result, QuoteVariant v, String record)
      throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("copy", v.copy());
    g.writeStringField("origin", v.origin());
    g.writeStringField("change", v.change().jsonName());
    g.writeNumberField("similarity", v.similarity());
    if (v.copyQuote() >= 0) quoteRef(g, "copy_quote", result.quotes().get(v.copyQuote()));
    else g.writeNullField("copy_quote");
    if (v.originQuote() >= 0) quoteRef(g, "origin_quote", result.quotes().get(v.originQuote()));
    else g.writeNullField("origin_quote");
    g.writeArrayFieldStart("diff");
    for (QuoteVariant.WordEdit e : v.diff()) {
      g.writeStartObject();
      g.writeStringField("op", e.op().symbol());
      g.writeStringField("words", e.words());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void entity(JsonGenerator g, Entity e, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type().jsonName());
    g.writeArrayFieldStart("variants");
    for (Entity.Variant v : e.variants()) {
      g.writeStartObject();
      g.writeStringField("text", v.text());
      g.writeNumberField("mentions", v.mentions());
      g.writeArrayFieldStart("outlets");
      for (String o : v.outlets()) g.writeString(o);
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (String a : v.articles()) g.writeString(a);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void framing(JsonGenerator g, FramingHit h, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("article", h.article());
    g.writeStringField("entry", h.entry());
    g.writeStringField("category", h.category());
    g.writeStringField("text", h.text());
    g.writeNumberField("start", h.start());
    g.writeNumberField("end", h.end());
    g.writeEndObject();
  }

  private static void shift(JsonGenerator g, FramingShift f, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("origin", f.origin());
    g.writeStringField("copy", f.copy());
    g.writeStringField("from", f.from());
    g.writeStringField("to", f.to());
    g.writeStringField("entry", f.entry());
    g.writeStringField("category", f.category());
    g.writeArrayFieldStart("origin_span");
    g.writeNumber(f.originStart());
    g.writeNumber(f.originEnd());
    g.writeEndArray();
    g.writeArrayFieldStart("copy_span");
    g.writeNumber(f.copyStart());
    g.writeNumber(f.copyEnd());
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void problem(JsonGenerator g, InputProblem p, String record) throws IOException {
    g.writeStartObject();
    if (record != null) g.writeStringField("record", record);
    g.writeStringField("path", p.path());
    if (p.line() > 0) g.writeNumberField("line", p.line());
    else g.writeNullField("line");
    g.writeStringField("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("message", p.message());
    g.writeEndObject();
  }
}
