package org.echotrace.profile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.echotrace.entities.NameRuns;
import org.echotrace.fingerprint.Fingerprinter;
import org.echotrace.framing.FramingScanner;
import org.echotrace.framing.Lexicon;
import org.echotrace.internal.CodeFingerprint;
import org.echotrace.model.Article;
import org.echotrace.normalize.TextNormalizer;
import org.echotrace.normalize.Tokens;
import org.echotrace.quotes.QuoteFinder;
import org.echotrace.relate.MachineRewriteCues;
import org.echotrace.rewrite.Profiler;

/**
 * Computes an article's {@link ArticleProfile} in one pass: the text is tokenised once, and the fingerprint and the
 * pair profile both read those tokens; quotations, framing hits and the runs of capitalised words that name finding
 * reads, and the stock phrases of machine rewrites, are found in the same call. Thread-safe.
 */
public final class ArticleProfiler {
  /** The packages whose code decides a profile: a change in any of them makes kept profiles stale. */
  private static final String[] CODE = {"org/echotrace/profile/", "org/echotrace/normalize/",
      "org/echotrace/fingerprint/", "org/echotrace/rewrite/", "org/echotrace/quotes/", "org/echotrace/framing/",
      "org/echotrace/model/", "org/echotrace/internal/", "org/echotrace/entities/",
      "org/echotrace/relate/MachineRewriteCues.class", "org/echotrace/relate/machine-rewrite-cues.tsv"};
  private static final String CODE_HASH = CodeFingerprint.of(ArticleProfiler.class, null, CODE);

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final Profiler profiler = new Profiler(null, false);
  private final QuoteFinder quotes = new QuoteFinder();
  private final MachineRewriteCues cues = new MachineRewriteCues();
  private final FramingScanner framing;
  private final boolean full;
  private final String version;

  /**
   * @param lexicon the framing lexicon
   * @param full whether every article gets a full pair profile now (with the sentence model every article may be a
   *     candidate); otherwise only its counts, and the pairs stage completes the profiles of the articles it pairs
   */
  public ArticleProfiler(Lexicon lexicon, boolean full) {
    this.framing = new FramingScanner(Objects.requireNonNull(lexicon, "lexicon"));
    this.full = full;
    this.version = CODE_HASH == null ? null : CODE_HASH + "-" + lexiconHash(lexicon);
  }

  public ArticleProfile of(Article a) {
    Tokens tokens = normalizer.tokenize(a.text());
    return new ArticleProfile(fingerprinter.of(tokens), full ? profiler.of(a, tokens) : profiler.counts(a, tokens),
        quotes.find(a), framing.scan(a), NameRuns.of(a.text()), cues.find(a.text()));
  }

  /**
   * The profile with its full pair profile ({@link org.echotrace.rewrite.Profile#full()}), computed now if it has only
   * the counts: what the pairs stage does for an article a candidate pair reaches, for jobs that do it where the
   * article lies.
   */
  public ArticleProfile complete(Article a, ArticleProfile p) {
    return p.text().full() ? p : p.withText(profiler.of(a));
  }

  /**
   * What names the profiles this profiler computes: a hash of the profiling code and of the lexicon. A profile kept
   * under another version is computed again. Null when the code cannot be read (then nothing kept is reused).
   */
  public String version() {
    return version;
  }

  private static String lexiconHash(Lexicon lexicon) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Lexicon.Entry e : lexicon.entries()) md.update((e + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
