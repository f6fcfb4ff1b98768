package org.kaohe.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuickValidityTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  /** A rule made of known ones, as the shared constraints of the contracts are. */
  @Min(2000)
  @Max(2100)
  @ReportAsSingleViolation
  @Constraint(validatedBy = {})
  @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Year {
    String message() default "must be a year from 2000 to 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record Request(
      @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}") String code,
      @NotNull @Year Integer year,
      @Pattern(regexp = "H1|H2") String period,
      @NotNull BigDecimal value,
      @Min(-5) @Max(5) BigDecimal delta,
      @Min(0) Long count,
      @Size(min = 2, max = 10) String reason,
      @FreeText(max = 5, multiline = true) String note) {}

  record WithAnUnknownConstraint(@NotNull @DecimalMin("0.5") BigDecimal value) {}

  record WithPatternFlags(
      @Pattern(regexp = "h1", flags = Pattern.Flag.CASE_INSENSITIVE) String period) {}

  /** Random requests, most of them valid, each broken rule near its boundary. */
  @Test
  void certainlyValidExactlyWhenTheValidatorFindsNothing() {
    QuickValidity<Request> quick = QuickValidity.of(VALIDATOR, Request.class);
    Random random = new Random(20261124);
    int valid = 0;
    for (int i = 0; i < 20_000; i++) {
      Request request =
          new Request(
              pick(random, "620100", "GS-D01", "g-d01", "", "-X", "A".repeat(33), null),
              pick(random, 2026, 2000, 2100, 1999, 2101, null),
              pick(random, null, "H1", "H2", "H3", "h1", ""),
              pick(random, new BigDecimal("87.5"), BigDecimal.ZERO, null),
              pick(
                  random,
                  null,
                  new BigDecimal("5"),
                  new BigDecimal("5.0001"),
                  new BigDecimal("-5")),
              pick(random, null, 0L, -1L, Long.MAX_VALUE),
              pick(random, null, "ab", "a", "0123456789", "0123456789x"),
              pick(
                  random,
                  "ok",
                  null,
                  "",
                  "a\nb",
                  "\u200b",
                  "a\u0000",
                  "\u202e",
                  "\ud800",
                  "😀😀😀😀😀",
                  "abcdef"));

      boolean certainlyValid = quick.certainlyValid(request);

      assertThat(certainlyValid).as("%s", request).isEqualTo(VALIDATOR.validate(request).isEmpty());
      valid += certainlyValid ? 1 : 0;
    }
    assertThat(valid).isBetween(100, 19_900);
  }

  @Test
  void neverCertainForARecordWithAConstraintItDoesNotKnow() {
    assertThat(
            QuickValidity.of(VALIDATOR, WithAnUnknownConstraint.class)
                .certainlyValid(new WithAnUnknownConstraint(BigDecimal.ONE)))
        .isFalse();
    assertThat(
            QuickValidity.of(VALIDATOR, WithPatternFlags.class)
                .certainlyValid(new WithPatternFlags("h1")))
        .isFalse();
  }

  @SafeVarargs
  private static <V> V pick(Random random, V... choices) {
    // The first choice (valid) half of the time, so that many whole requests are valid.
    return random.nextBoolean() ? choices[0] : choices[random.nextInt(choices.length)];
  }
}
