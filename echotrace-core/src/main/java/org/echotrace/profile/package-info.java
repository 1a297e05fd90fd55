/**
 * The one pass over an article after extraction: {@link org.echotrace.profile.ArticleProfiler} reads an article once
 * and gives its {@link org.echotrace.profile.ArticleProfile} (fingerprint, what pair judging reads, quotations,
 * framing hits), which every later stage reads, a store keeps between runs and a cluster job computes where the
 * article lies.
 */
package org.echotrace.profile;
