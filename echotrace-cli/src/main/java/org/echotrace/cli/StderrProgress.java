package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.echotrace.pipeline.ProgressListener;

/**
 * Progress on stderr, rewritten in place, at most five times a second, and only once a run has lasted two seconds:
 * short runs print nothing. Used only when stderr is a terminal.
 */
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastPrint;
  private boolean printed;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(String stage, long done, long total) {
    long now = System.nanoTime();
    if (now - start < 2_000_000_000L || now - lastPrint < 200_000_000L && done != total) return;
    lastPrint = now;
    printed = true;
    err.printf(Locale.ROOT, "\r%-12s %,d / %,d   ", stage, done, total);
    err.flush();
  }

  synchronized void finish() {
    if (printed) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
