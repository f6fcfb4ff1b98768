package org.kaohe.events.ids;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one format every code in the contracts shares, so all codes fail the same way; requests and
 * reference files check their codes against {@link #FORMAT} too.
 */
public final class Codes {
  /** 2-32 upper-case letters, digits or '-', not starting with '-'. */
  public static final String FORMAT = "[A-Z0-9][A-Z0-9-]{1,31}";

  private static final Pattern PATTERN = Pattern.compile(FORMAT);

  /**
   * Every event a consumer reads holds several codes, each checked as it is read: a thread reuses
   * one matcher rather than making one for each code.
   */
  private static final ThreadLocal<Matcher> MATCHERS =
      ThreadLocal.withInitial(() -> PATTERN.matcher(""));

  private Codes() {}

  static void require(String kind, String value) {
    if (value == null || !isCode(value, value.length())) {
      throw new IllegalArgumentException(
          kind + " must be 2-32 upper-case letters, digits or '-', got: " + value);
    }
  }

  /** Whether the text's first {@code end} characters are a code. */
  static boolean isCode(String text, int end) {
    return MATCHERS.get().reset(text).region(0, end).matches();
  }
}
