/**
 * Normalize: text in, {@link org.echotrace.normalize.Tokens} out: normalised, hashed words with their offsets in the
 * original text.
 *
 * <pre>{@code
 * Tokens t = new TextNormalizer().tokenize("Kremlin’s “reassurance” force");
 * // 4 words: kremlin, s, reassurance, force; t.starts()[2] == 11
 * }</pre>
 */
package org.echotrace.normalize;
