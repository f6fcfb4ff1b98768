package org.kaohe.assessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void theDraftsQuotedStringAndABareValueAreTheSameKey() {
    assertThat(IdempotencyKey.parse("\"8e03978e-40d5\""))
        .isEqualTo(IdempotencyKey.parse("8e03978e-40d5"));
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThat(IdempotencyKey.problemWith("")).contains("must not be empty");
    assertThat(IdempotencyKey.problemWith("\"\"")).contains("must not be empty");
    assertThat(IdempotencyKey.problemWith("   ")).contains("must not be empty");
  }

  @Test
  void aKeyOfTheMaximumLengthIsAcceptedAndALongerOneRefused() {
    assertThat(IdempotencyKey.problemWith("k".repeat(IdempotencyKey.MAX_LENGTH))).isEmpty();
    assertThat(IdempotencyKey.problemWith("k".repeat(IdempotencyKey.MAX_LENGTH + 1)))
        .contains("must be at most 255 characters");
  }

  @Test
  void aKeyOutsidePrintableAsciiIsRefused() {
    assertThat(IdempotencyKey.problemWith("键"))
        .contains("must consist of printable ASCII characters");
    assertThat(IdempotencyKey.problemWith("a\tb")).isPresent();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IdempotencyKey.parse("a\u0001"))
        .withMessage("Idempotency-Key must consist of printable ASCII characters");
  }
}
