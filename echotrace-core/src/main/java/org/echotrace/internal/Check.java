package org.echotrace.internal;

/** Argument checks for caller mistakes (never for bad data, which is reported, not thrown). Not API. */
public final class Check {
  private Check() {}

  public static int positive(int value, String name) {
    if (value <= 0) throw new IllegalArgumentException(name + " must be > 0, got " + value);
    return value;
  }

  public static int nonNegative(int value, String name) {
    if (value < 0) throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    return value;
  }

  public static double unitInterval(double value, String name) {
    if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(name + " must be in [0,1], got " + value);
    return value;
  }

  public static void that(boolean condition, String message) {
    if (!condition) throw new IllegalArgumentException(message);
  }
}
