package org.kaohe.platform.web.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@link FreeText} allows, in one place for the validator, {@link QuickValidity} and checks
 * outside Bean Validation (headers, file names). Messages name the offending character by its code
 * point and position, never by the text itself, which may be long or invisible.
 */
public final class FreeTextRule {
  private FreeTextRule() {}

  /** The first problem of {@code text} under {@code constraint}; empty when it is allowed. */
  public static Optional<String> violation(CharSequence text, FreeText constraint) {
    return violation(text, constraint.max(), constraint.multiline());
  }

  /** The first problem of single-line {@code text} of at most {@code max} characters. */
  public static Optional<String> violation(CharSequence text, int max) {
    return violation(text, max, false);
  }

  private static Optional<String> violation(CharSequence text, int max, boolean multiline) {
    if (text == null || text.toString().isBlank()) {
      return Optional.empty();
    }
    String string = text.toString();
    if (string.codePointCount(0, string.length()) > max) {
      return Optional.of("must be at most " + max + " characters");
    }
    boolean visible = false;
    int position = 0;
    for (int index = 0; index < string.length(); ) {
      int codePoint = string.codePointAt(index);
      position++;
      if (Character.getType(codePoint) == Character.SURROGATE) {
        return Optional.of(
            "must be valid Unicode text, found a lone surrogate "
                + named(codePoint)
                + " at character "
                + position);
      }
      if (isBidiControl(codePoint)) {
        return Optional.of(
            "must not contain bidirectional override characters, found "
                + named(codePoint)
                + " at character "
                + position);
      }
      if (Character.getType(codePoint) == Character.CONTROL
          && !(multiline && isLineBreakOrTab(codePoint))) {
        return Optional.of(
            "must not contain control characters, found "
                + named(codePoint)
                + " at character "
                + position);
      }
      visible |= isVisible(codePoint);
      index += Character.charCount(codePoint);
    }
    if (!visible) {
      return Optional.of("must contain visible characters, not only invisible ones");
    }
    return Optional.empty();
  }

  /** Embeddings, overrides and isolates: U+202A to U+202E and U+2066 to U+2069. */
  private static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  private static boolean isLineBreakOrTab(int codePoint) {
    return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
  }

  /** Not a space, not a format character such as U+200B, not a control. */
  private static boolean isVisible(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isWhitespace(codePoint)
        && !Character.isSpaceChar(codePoint)
        && type != Character.FORMAT
        && type != Character.CONTROL
        && type != Character.UNASSIGNED;
  }

  private static String named(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }
}
