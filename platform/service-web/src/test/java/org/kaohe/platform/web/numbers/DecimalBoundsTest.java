package org.kaohe.platform.web.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalBoundsTest {
  private static final DecimalBounds BOUNDS = DecimalBounds.defaults();
  private static final String RULE =
      "must be a number with at most 18 digits before the decimal point and 18 after it";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999",
        "-1E+999999999",
        "1e-999999999",
        "1e-400",
        "1e19",
        "1234567890123456789",
        "0.0000000000000000001",
        "1.0000000000000000001"
      })
  void refusesANumberOutOfBoundsWithTheRuleAloneAndAtOnce(String text) {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(1), () -> BOUNDS.parse(text))))
        .isInstanceOf(NumberRefused.class)
        .hasMessage(RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0.0",
        "87.5",
        "87.50",
        "100.000000000000000000000000",
        "999999999999999999",
        "0.000000000000000001",
        "99.99999999999999999",
        "1E+17",
        "-5e-18"
      })
  void readsANumberWithinBoundsExactlyAsWritten(String text) {
    assertThat(BOUNDS.parse(text)).isEqualTo(new BigDecimal(text));
  }

  @Test
  void aNumberWhoseExponentIsBeyondAnIntIsOutOfBounds() {
    assertThatThrownBy(() -> BOUNDS.parse("1e99999999999"))
        .isInstanceOf(NumberRefused.class)
        .hasMessage(RULE);
  }

  @Test
  void textThatIsNotANumberIsNamedButNeverInFull() {
    assertThatThrownBy(() -> BOUNDS.parse("eighty")).hasMessage("must be a number, found 'eighty'");
    assertThatThrownBy(() -> BOUNDS.parse("x".repeat(5000))).hasMessage(RULE);
    assertThatThrownBy(() -> BOUNDS.parse("号".repeat(60)))
        .hasMessage("must be a number, found '" + "号".repeat(40) + "…'");
  }

  @Test
  void boundsAreConfiguredPositive() {
    assertThatThrownBy(() -> new DecimalBounds(0, 2))
        .hasMessage(
            "kaohe.web.numbers needs max-integer-digits of 1 or more and max-decimals of 0 or"
                + " more");
    assertThatThrownBy(() -> new DecimalBounds(3, 0).parse("0.5"))
        .hasMessage(
            "must be a number with at most 3 digits before the decimal point and 0 after it");
  }
}
