package org.kaohe.events.ids;

/**
 * The one format every code in the contracts shares, so all codes fail the same way: 2-32
 * upper-case letters, digits or '-', not starting with '-'. Requests and reference files check
 * their codes against {@link #FORMAT}, the same rule as a regular expression; events check theirs
 * with {@link #isCode}, which every consumer runs several times for each event it reads.
 */
public final class Codes {
  static final int MIN_LENGTH = 2;
  static final int MAX_LENGTH = 32;

  /** The rule as a regular expression, for bean validation and reference files. */
  public static final String FORMAT =
      "[A-Z0-9][A-Z0-9-]{" + (MIN_LENGTH - 1) + "," + (MAX_LENGTH - 1) + "}";

  private Codes() {}

  static void require(String kind, String value) {
    if (value == null || !isCode(value, value.length())) {
      throw new IllegalArgumentException(
          kind + " must be 2-32 upper-case letters, digits or '-', got: " + value);
    }
  }

  /** Whether the text's first {@code end} characters are a code; {@link #FORMAT} as a loop. */
  static boolean isCode(String text, int end) {
    if (end < MIN_LENGTH || end > MAX_LENGTH || end > text.length()) {
      return false;
    }
    if (!isLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = text.charAt(i);
      if (c != '-' && !isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
