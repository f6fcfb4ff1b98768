package org.kaohe.events.ids;

import java.util.regex.Pattern;

/**
 * The one format every code in the contracts shares, so all codes fail the same way; requests and
 * reference files check their codes against {@link #FORMAT} too.
 */
public final class Codes {
  /** 2-32 upper-case letters, digits or '-', not starting with '-'. */
  public static final String FORMAT = "[A-Z0-9][A-Z0-9-]{1,31}";

  private static final Pattern PATTERN = Pattern.compile(FORMAT);

  private Codes() {}

  static void require(String kind, String value) {
    if (value == null || !PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind + " must be 2-32 upper-case letters, digits or '-', got: " + value);
    }
  }
}
