/**
 * Report: an {@link org.echotrace.model.AnalysisResult} out as JSON, JSONL ({@link org.echotrace.report.JsonReport}),
 * a summary for people ({@link org.echotrace.report.TerminalSummary}), a provenance graph
 * ({@link org.echotrace.report.GraphExport}) or one self-contained HTML page ({@link org.echotrace.report.HtmlReport},
 * whose package-private helpers escape data ({@code Html}), nest overlapping highlights ({@code MarkedText}) and
 * draw the time axis and copy families as SVG ({@code TimelineSvg}, {@code FamilySvg})).
 */
package org.echotrace.report;
