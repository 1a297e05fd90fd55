package org.echotrace.extract;

/** The key under which a line is counted across documents: lower case, digits and spaces folded. */
public final class LineKey {
  private LineKey() {}

  public static String of(String line) {
    StringBuilder b = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (space && b.length() > 0) b.append(' ');
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (Character.isDigit(c)) {
        if (space && b.length() > 0) b.append(' ');
        b.append('0');
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }
}
