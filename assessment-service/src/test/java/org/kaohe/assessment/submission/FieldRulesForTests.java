package org.kaohe.assessment.submission;

import jakarta.validation.Validation;

/** The score request's field rules with a plain Bean Validation validator, as the service has. */
public final class FieldRulesForTests {
  private FieldRulesForTests() {}

  public static ScoreFieldRules rules() {
    return new ScoreFieldRules(Validation.buildDefaultValidatorFactory().getValidator());
  }
}
