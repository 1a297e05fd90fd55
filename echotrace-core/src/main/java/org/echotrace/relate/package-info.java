/**
 * Relate (provenance): aligned passages of a pair in, a {@link org.echotrace.model.Relation} out: its type, its
 * score, its evidence, and the likely origin with reasons ({@link org.echotrace.relate.OriginResolver}).
 */
package org.echotrace.relate;
