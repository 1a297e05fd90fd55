/**
 * The records that pass between stages: {@link org.echotrace.model.RawDocument} (ingest → extract),
 * {@link org.echotrace.model.Article} (extract → everything after), {@link org.echotrace.model.Relation} with its
 * {@link org.echotrace.model.Passage}s (align/relate), {@link org.echotrace.model.Story} (cluster), and
 * {@link org.echotrace.model.InputProblem}s collected on the way. All are immutable; lists are copied on construction.
 */
package org.echotrace.model;
