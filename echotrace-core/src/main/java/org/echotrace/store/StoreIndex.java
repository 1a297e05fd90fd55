package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.InputProblem;
import org.echotrace.model.RawDocument;
import org.echotrace.pipeline.Pipeline;

/** The Lucene index behind {@link Store}. (Being written.) */
final class StoreIndex {
  static StoreIndex open(Path dir, SentenceEmbedder embedder, boolean writable) throws IOException { throw new UnsupportedOperationException(); }
  Path dir() { throw new UnsupportedOperationException(); }
  boolean writable() { throw new UnsupportedOperationException(); }
  AddReport add(List<Path> paths, Pipeline pipeline) throws IOException { throw new UnsupportedOperationException(); }
  AddReport add(List<RawDocument> docs, List<InputProblem> problems, Pipeline pipeline) throws IOException { throw new UnsupportedOperationException(); }
  AnalysisResult reanalyze(Pipeline pipeline) throws IOException { throw new UnsupportedOperationException(); }
  AnalysisResult analyze(Pipeline pipeline) throws IOException { throw new UnsupportedOperationException(); }
  boolean upToDate() { throw new UnsupportedOperationException(); }
  void refresh() throws IOException { throw new UnsupportedOperationException(); }
  Store.Stats stats() throws IOException { throw new UnsupportedOperationException(); }
  SearchResults search(String text, int offset, int limit) throws IOException { throw new UnsupportedOperationException(); }
  SearchResults searchUrl(String url, int offset, int limit) throws IOException { throw new UnsupportedOperationException(); }
  Optional<JsonNode> article(String id) throws IOException { throw new UnsupportedOperationException(); }
  Page articles(Store.ArticleFilter filter, int offset, int limit) throws IOException { throw new UnsupportedOperationException(); }
  Page stories(int offset, int limit) throws IOException { throw new UnsupportedOperationException(); }
  Optional<JsonNode> story(String id) throws IOException { throw new UnsupportedOperationException(); }
  Page outlets(int offset, int limit) throws IOException { throw new UnsupportedOperationException(); }
  Optional<JsonNode> outlet(String name) throws IOException { throw new UnsupportedOperationException(); }
  List<Edit> edits() throws IOException { throw new UnsupportedOperationException(); }
  void close() throws IOException {}
}
