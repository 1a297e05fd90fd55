package org.echotrace.profile;

import java.util.List;
import java.util.Objects;
import org.echotrace.entities.NameRuns;
import org.echotrace.fingerprint.Fingerprint;
import org.echotrace.model.FramingHit;
import org.echotrace.model.Quote;
import org.echotrace.rewrite.Profile;

/**
 * Everything the analysis computes from one article alone, computed once ({@link ArticleProfiler}): later stages read
 * it and never go back to the article's words for it, a store keeps it beside the extraction, and a cluster job
 * computes it on the executor that holds the article. Depends on nothing else in the corpus.
 *
 * @param fingerprint what candidate generation keeps (the rarest shingles)
 * @param text what pair judging reads: sentences, anchors, word set, keys; {@link Profile#full() full}, or only the
 *     counts of an article no candidate pair reaches (upgraded by {@link #withText} when one does); never a lead vector
 * @param quotes the article's quotations, speakers named as the article names them (the corpus-wide spelling of a name
 *     is chosen later)
 * @param framing the framing lexicon's hits ({@link ArticleProfiler#version()} names the lexicon)
 * @param names the runs of capitalised words that name finding reads ({@link org.echotrace.entities.EntityFinder})
 * @param machineCues the stock phrases of language-model rewrites the text holds, in order
 *     ({@link org.echotrace.relate.MachineRewriteCues}): a weak sign of which side of a copy is the rewrite
 */
public record ArticleProfile(Fingerprint fingerprint, Profile text, List<Quote> quotes, List<FramingHit> framing,
    NameRuns names, List<String> machineCues) implements java.io.Serializable {
  public ArticleProfile {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(names, "names");
    if (text.lead() != null) throw new IllegalArgumentException("a profile keeps no lead vector");
    quotes = List.copyOf(quotes);
    framing = List.copyOf(framing);
    machineCues = List.copyOf(machineCues);
  }

  /** This profile with another {@link #text} (a full one for a counted one), lead vector dropped. */
  public ArticleProfile withText(Profile p) {
    return new ArticleProfile(fingerprint, p.lead() == null ? p : org.echotrace.rewrite.Profiler.withLead(p, null),
        quotes, framing, names, machineCues);
  }
}
