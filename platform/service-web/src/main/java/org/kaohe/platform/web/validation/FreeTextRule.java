package org.kaohe.platform.web.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@link FreeText} allows, in one place for the validator, {@link QuickValidity} and checks
 * outside Bean Validation (headers, file names). Messages name the offending character by its code
 * point and position, never by the text itself, which may be long or invisible.
 */
public final class FreeTextRule {
  /**
   * Spaces, tabs and line breaks alone: refused rather than read as no text, so that a reason of
   * blanks is never taken for the absence of one.
   */
  public static final String BLANKS_ONLY = "must contain visible characters, not only blanks";

  private FreeTextRule() {}

  /** The first problem of {@code text} under {@code constraint}; empty when it is allowed. */
  public static Optional<String> violation(CharSequence text, FreeText constraint) {
    return violation(text, constraint.max(), constraint.multiline());
  }

  /** The first problem of single-line {@code text} of at most {@code max} characters. */
  public static Optional<String> violation(CharSequence text, int max) {
    return violation(text, max, false);
  }

  /**
   * The first problem of a name a client gives, such as a file's name: single-line free text of at
   * most {@code max} characters, and no invisible character anywhere in it (a zero-width space, a
   * directional mark, any space but the plain one), since a name is compared and shown where hidden
   * characters make two names look alike.
   */
  public static Optional<String> nameViolation(CharSequence text, int max) {
    Optional<String> violation = violation(text, max, false);
    if (violation.isPresent() || text == null) {
      return violation;
    }
    String string = text.toString();
    int position = 0;
    for (int index = 0; index < string.length(); ) {
      int codePoint = string.codePointAt(index);
      position++;
      if (codePoint != ' ' && !isVisible(codePoint)) {
        return Optional.of(
            "must not contain invisible characters, found "
                + named(codePoint)
                + " at character "
                + position);
      }
      index += Character.charCount(codePoint);
    }
    return Optional.empty();
  }

  private static Optional<String> violation(CharSequence text, int max, boolean multiline) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String string = text.toString();
    if (string.isBlank()) {
      return Optional.of(BLANKS_ONLY);
    }
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
