package org.echotrace.cli;

/** The documented exit codes (see {@code echotrace --help}). */
final class ExitCodes {
  private ExitCodes() {}

  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int NOTHING_READ = 3;
  static final int SKIPPED_INPUTS = 4;
}
