/**
 * Align: two {@link org.echotrace.normalize.Tokens} in, aligned {@link org.echotrace.align.TokenPassage}s out.
 *
 * <pre>{@code
 * List<TokenPassage> passages = new PassageAligner().align(tokensA, tokensB);
 * }</pre>
 */
package org.echotrace.align;
