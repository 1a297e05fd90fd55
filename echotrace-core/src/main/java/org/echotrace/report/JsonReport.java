package org.echotrace.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.Segment;
import org.echotrace.model.SentencePair;
import org.echotrace.model.Story;

/**
 * Writes the JSON contract ({@code articles}, {@code relations}, {@code stories}, {@code narratives},
 * {@code problems}) as one document, or as JSONL with one record a line (each with {@code "record": "article" |
 * "relation" | "story" | "narrative" | "problem"}).
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
    g.writeArrayFieldStart("origin_reasons");
    for (String why : r.origin().reasons()) g.writeString(why);
    g.writeEndArray();
    g.writeNumberField("score", r.score());
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
