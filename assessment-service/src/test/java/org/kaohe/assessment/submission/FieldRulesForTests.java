package org.kaohe.assessment.submission;

import jakarta.validation.Validation;
import org.kaohe.platform.web.numbers.BoundedNumbers;
import org.kaohe.platform.web.numbers.DecimalBounds;
import tools.jackson.databind.json.JsonMapper;

/**
 * The score request's field rules with a plain Bean Validation validator, and the JSON mapper and
 * number bounds, as the service has them.
 */
public final class FieldRulesForTests {
  private FieldRulesForTests() {}

  public static ScoreFieldRules rules() {
    return new ScoreFieldRules(Validation.buildDefaultValidatorFactory().getValidator());
  }

  public static DecimalBounds numbers() {
    return DecimalBounds.defaults();
  }

  public static JsonMapper json() {
    return BoundedNumbers.configure(JsonMapper.builder(), numbers()).build();
  }
}
