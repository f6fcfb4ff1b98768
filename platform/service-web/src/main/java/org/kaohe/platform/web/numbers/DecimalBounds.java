package org.kaohe.platform.web.numbers;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tools.jackson.core.StreamReadConstraints;

/**
 * How large and how fine a client's decimal may be: at most {@code maxIntegerDigits} digits before
 * the decimal point and {@code maxDecimals} after it (trailing zeros do not count). A value outside
 * is refused with {@link #rule()}, which never repeats the value: {@code 1e999999999} is short to
 * send and far too long to write out.
 */
@ConfigurationProperties("kaohe.web.numbers")
public record DecimalBounds(
    @DefaultValue(DEFAULT_DIGITS) int maxIntegerDigits,
    @DefaultValue(DEFAULT_DIGITS) int maxDecimals) {

  /** Far beyond any scale, deduction or weight, far within what is cheap to compare and print. */
  static final String DEFAULT_DIGITS = "18";

  /** The longest text read as a number: Jackson's own limit on a JSON number. */
  public static final int MAX_TEXT_LENGTH = StreamReadConstraints.defaults().getMaxNumberLength();

  private static final int SHOWN_CHARACTERS = 40;

  /** A number in the form {@link BigDecimal} reads whose exponent it cannot hold. */
  private static final Pattern EXPONENT_BEYOND_AN_INT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d{10,}");

  /** The bounds when {@code kaohe.web.numbers} is not configured. */
  public static DecimalBounds defaults() {
    return new DecimalBounds(Integer.parseInt(DEFAULT_DIGITS), Integer.parseInt(DEFAULT_DIGITS));
  }

  public DecimalBounds {
    if (maxIntegerDigits < 1 || maxDecimals < 0) {
      throw new IllegalArgumentException(
          "kaohe.web.numbers needs max-integer-digits of 1 or more and max-decimals of 0 or more");
    }
  }

  /** The refusal of a number out of bounds, e.g. {@code must be a number with at most 18 …}. */
  public String rule() {
    return "must be a number with at most "
        + maxIntegerDigits
        + " digits before the decimal point and "
        + maxDecimals
        + " after it";
  }

  /**
   * The number a client wrote as text (a spreadsheet cell, a JSON string), exactly.
   *
   * @throws NumberRefused when it is not a decimal number or is out of bounds
   */
  public BigDecimal parse(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new NumberRefused(rule());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw new NumberRefused(
          EXPONENT_BEYOND_AN_INT.matcher(text).matches()
              ? rule()
              : "must be a number, found " + shown(text));
    }
    return check(value);
  }

  /**
   * The value itself when it is within bounds. Only cheap operations touch it before that: its
   * unscaled digits and its exponent.
   *
   * @throws NumberRefused when it is out of bounds
   */
  public BigDecimal check(BigDecimal value) {
    if (value.precision() > MAX_TEXT_LENGTH) {
      throw new NumberRefused(rule());
    }
    BigDecimal significant = value.stripTrailingZeros();
    long integerDigits = (long) significant.precision() - significant.scale();
    if (integerDigits > maxIntegerDigits || significant.scale() > maxDecimals) {
      throw new NumberRefused(rule());
    }
    return value;
  }

  /** Text as a message may show it: quoted, and cut after a few characters. */
  public static String shown(String text) {
    if (text.codePointCount(0, text.length()) <= SHOWN_CHARACTERS) {
      return "'" + text + "'";
    }
    return "'" + text.substring(0, text.offsetByCodePoints(0, SHOWN_CHARACTERS)) + "…'";
  }
}
