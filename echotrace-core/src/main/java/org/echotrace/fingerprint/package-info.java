/**
 * Fingerprint and candidates: {@link org.echotrace.normalize.Tokens} in, {@link org.echotrace.fingerprint.Fingerprint}
 * per article, then candidate pairs out of {@link org.echotrace.fingerprint.CandidateFinder}: MinHash + LSH banding
 * for whole copies, winnowed rare shingles for reused passages.
 *
 * <pre>{@code
 * Fingerprinter f = new Fingerprinter();
 * long[] pairs = new CandidateFinder().find(List.of(f.of(tokensA), f.of(tokensB)));
 * }</pre>
 */
package org.echotrace.fingerprint;
