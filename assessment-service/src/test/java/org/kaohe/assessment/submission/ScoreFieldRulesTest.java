package org.kaohe.assessment.submission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.web.RecordScoreRequest;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.validation.QuickValidity;

class ScoreFieldRulesTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private final ScoreFieldRules rules = new ScoreFieldRules(VALIDATOR);

  @Test
  void aValidScoreIsKnownValidWithoutTheValidator() {
    RecordScoreRequest valid =
        new RecordScoreRequest(
            "620100", 2026, "HQD-ECONOMY", null, "H1", new BigDecimal("87.5"), null, null);

    assertThat(rules.violations(valid)).isEmpty();
    // Every constraint of a score request is one the quick check knows: a new kind of constraint
    // would send each item of a batch through the validator again.
    assertThat(QuickValidity.of(VALIDATOR, RecordScoreRequest.class).certainlyValid(valid))
        .isTrue();
  }

  @Test
  void everyBrokenRuleIsNamedByTheValidator() {
    RecordScoreRequest invalid =
        new RecordScoreRequest(
            "620100", 1999, "HQD-ECONOMY", null, "H3", null, null, "x".repeat(501));

    assertThat(rules.violations(invalid))
        .extracting(FieldViolation::field)
        .containsExactly("period", "reason", "value", "year");
  }
}
