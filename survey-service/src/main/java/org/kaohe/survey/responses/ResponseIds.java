package org.kaohe.survey.responses;

/**
 * The form of a response id, which a survey team's device makes: 1-64 ASCII letters, digits, '.',
 * '_', ':' or '-', starting with a letter or digit ({@code uuid:…}, {@code T07-2026-000123}). As a
 * regular expression for request validation, and as a loop for ingestion, which checks one id per
 * response.
 */
public final class ResponseIds {
  static final int MAX_LENGTH = 64;

  /** The rule as a regular expression. */
  public static final String FORMAT = "[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}";

  /** What a client is told when an id breaks the rule. */
  public static final String RULE =
      "must be 1-"
          + MAX_LENGTH
          + " letters, digits, '.', '_', ':' or '-', starting with a letter"
          + " or digit";

  private ResponseIds() {}

  /** Whether the text is a response id; {@link #FORMAT} as a loop. */
  public static boolean isResponseId(String text) {
    int length = text.length();
    if (length < 1 || length > MAX_LENGTH || !isLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
