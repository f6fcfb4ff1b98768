package org.kaohe.platform.reference;

import java.math.BigDecimal;

/**
 * The values an indicator accepts: from {@code min} to {@code max}, with at most {@code decimals}.
 */
public record Scale(BigDecimal min, BigDecimal max, int decimals) {

  public boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** Trailing zeros do not count: 87.50 has one decimal. */
  public boolean allowsDecimalsOf(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale()) <= decimals;
  }

  /** For messages, e.g. {@code 0 to 100 with at most 2 decimals}. */
  public String describe() {
    String range = min.toPlainString() + " to " + max.toPlainString();
    return switch (decimals) {
      case 0 -> range + " in whole numbers";
      case 1 -> range + " with at most 1 decimal";
      default -> range + " with at most " + decimals + " decimals";
    };
  }
}
