package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.echotrace.pipeline.ProgressListener;

/**
 * Progress on stderr, only once a run has lasted two seconds (short runs print nothing), in one of two styles:
 *
 * <ul>
 *   <li>{@link Style#IN_PLACE} for a terminal: one line rewritten with {@code \r}, at most five times a second, and
 *       cleared at the end ({@code \r ESC[K});
 *   <li>{@link Style#LINES} for anything else (a file, a pipe, a CI log): a plain line at most every ten seconds, and
 *       never a control character, so a log reads as text.
 * </ul>
 *
 * Thread-safe: the pipeline reports from worker threads.
 */
final class StderrProgress implements ProgressListener {
  enum Style { IN_PLACE, LINES }

  /** Nothing before this: most runs on a few files end sooner and need no progress. */
  static final long QUIET_NANOS = 2_000_000_000L;
  /** A terminal line is cheap to rewrite; five times a second is as fast as anyone reads. */
  static final long IN_PLACE_NANOS = 200_000_000L;
  /** A log line every ten seconds shows a 100 s run is alive without flooding the log. */
  static final long LINES_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final Style style;
  private final LongSupplier clock;
  private final long start;
  private long lastPrint = Long.MIN_VALUE;
  private boolean printed;

  StderrProgress(PrintWriter err, Style style) {
    this(err, style, System::nanoTime);
  }

  StderrProgress(PrintWriter err, Style style, LongSupplier clock) {
    this.err = err;
    this.style = style;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public synchronized void progress(String stage, long done, long total) {
    long now = clock.getAsLong();
    if (now - start < QUIET_NANOS) return;
    long every = style == Style.IN_PLACE ? IN_PLACE_NANOS : LINES_NANOS;
    if (printed && now - lastPrint < every && !(style == Style.IN_PLACE && done == total)) return;
    lastPrint = now;
    printed = true;
    if (style == Style.IN_PLACE) {
      err.printf(Locale.ROOT, "\r%-12s %,d / %,d   ", stage, done, total);
    } else {
      long seconds = (now - start) / 1_000_000_000L;
      err.printf(Locale.ROOT, "echotrace: %s %,d of %,d (%d%%), %d s so far%n", stage, done, total,
          total == 0 ? 100 : 100 * done / total, seconds);
    }
    err.flush();
  }

  /** Clears the terminal line; a log keeps its lines. */
  synchronized void finish() {
    if (printed && style == Style.IN_PLACE) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
