package org.kaohe.events.ids;

import java.util.regex.Pattern;

/** The one format every code in the contracts shares, so all codes fail the same way. */
final class Codes {
  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

  private Codes() {}

  static void require(String kind, String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind + " must be 2-32 upper-case letters, digits or '-', got: " + value);
    }
  }
}
