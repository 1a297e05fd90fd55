/**
 * Profiles and sentence alignment: {@link org.echotrace.rewrite.Profiler} computes what comparing an article needs
 * (sentences, anchors, word pairs, named days, quotations, language-independent keys per sentence, the lead's vector);
 * {@link org.echotrace.rewrite.SentenceComparer} aligns two articles' sentences in order, on vectors or on keys, into
 * an {@link org.echotrace.rewrite.Evidence}; {@link org.echotrace.rewrite.NeighbourFinder} finds the nearest leads.
 * Nothing here decides a relation: the judge package does. Thread-safe.
 */
package org.echotrace.rewrite;
