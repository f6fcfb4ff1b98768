package org.kaohe.events.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaohe.events.ids.UnitCode;

class SharedConstraintsTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  record Request(@UnitCodeFormat String unitCode, @AssessmentYear Integer year) {}

  @ParameterizedTest
  @ValueSource(strings = {"620100", "GS-D01", "C-620100-1"})
  void aCodeTheContractsAcceptIsAValidUnitCode(String code) {
    assertThat(new UnitCode(code).value()).isEqualTo(code);
    assertThat(messages(new Request(code, 2026))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lanzhou", "-620100", "6", "620100 "})
  void aCodeTheContractsRefuseIsOneViolationSayingWhatACodeLooksLike(String code) {
    assertThatThrownBy(() -> new UnitCode(code)).isInstanceOf(IllegalArgumentException.class);
    assertThat(messages(new Request(code, 2026)))
        .containsExactly("unitCode must be a unit code such as 620100 or GS-D01");
  }

  @Test
  void theYearsFrom2000To2100AreAssessmentYearsAndMissingValuesAreLeftToNotNull() {
    assertThat(messages(new Request(null, AssessmentYear.FIRST))).isEmpty();
    assertThat(messages(new Request(null, AssessmentYear.LAST))).isEmpty();
    assertThat(messages(new Request(null, null))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2101, 26})
  void aYearOutsideTheRangeIsOneViolationNamingTheRange(int year) {
    assertThat(messages(new Request("620100", year)))
        .containsExactly("year must be a year from 2000 to 2100");
  }

  private static List<String> messages(Request request) {
    return VALIDATOR.validate(request).stream()
        .map(ConstraintViolation.class::cast)
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .toList();
  }
}
