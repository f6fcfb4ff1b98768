package org.kaohe.platform.web.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class BoundedNumbersTest {
  private static final JsonMapper JSON =
      BoundedNumbers.configure(JsonMapper.builder(), DecimalBounds.defaults()).build();

  record Correction(String reason) {}

  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "42", "-1.5", "1e3"})
  void aNumberOrABooleanIsNeverTakenForText(String value) {
    assertThatThrownBy(() -> JSON.readValue("{\"reason\":" + value + "}", Correction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("reason");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"true\"", "\"42\"", "null"})
  void textAndNullAreReadAsTheyAre(String value) {
    Correction read = JSON.readValue("{\"reason\":" + value + "}", Correction.class);

    assertThat(read.reason()).isEqualTo(value.equals("null") ? null : value.replace("\"", ""));
  }
}
