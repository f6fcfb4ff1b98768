package org.kaohe.assessment.submission;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.kaohe.assessment.round.web.RecordScoreRequest;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.validation.QuickValidity;

/** The field rules of a single score request, applied to an item that arrived in bulk. */
public final class ScoreFieldRules {
  private static final Comparator<FieldViolation> BY_FIELD =
      Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

  private final Validator validator;
  private final QuickValidity<RecordScoreRequest> quickValidity;

  public ScoreFieldRules(Validator validator) {
    this.validator = validator;
    this.quickValidity = QuickValidity.of(validator, RecordScoreRequest.class);
  }

  /** Every broken rule, by field; empty when the score may be checked against the reference. */
  public List<FieldViolation> violations(RecordScoreRequest request) {
    if (quickValidity.certainlyValid(request)) {
      return List.of();
    }
    return validator.validate(request).stream()
        .map(
            violation ->
                new FieldViolation(violation.getPropertyPath().toString(), violation.getMessage()))
        .sorted(BY_FIELD)
        .toList();
  }
}
