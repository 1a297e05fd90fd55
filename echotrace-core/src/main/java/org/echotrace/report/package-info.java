/**
 * Report: an {@link org.echotrace.model.AnalysisResult} out as JSON, JSONL ({@link org.echotrace.report.JsonReport})
 * or a summary for people ({@link org.echotrace.report.TerminalSummary}).
 */
package org.echotrace.report;
