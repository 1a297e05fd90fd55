/**
 * The pipeline: the one place that knows the stage order. Shells (CLI, server, Spark) call
 * {@link org.echotrace.pipeline.Pipeline#run(java.util.List)}.
 *
 * <pre>{@code
 * AnalysisResult r = new Pipeline().run(List.of(Path.of("examples/corpus")));
 * r.relations().forEach(System.out::println);
 * }</pre>
 */
package org.echotrace.pipeline;
