package org.kaohe.survey.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerScaleTest {

  @Test
  void aFivePointScaleMapsItsEndsAndMiddleOntoZeroFiftyAndHundred() {
    var scale = new AnswerScale(1, 5);

    assertThat(scale.toHundred(1)).isEqualTo(0.0);
    assertThat(scale.toHundred(2)).isEqualTo(25.0);
    assertThat(scale.toHundred(3)).isEqualTo(50.0);
    assertThat(scale.toHundred(5)).isEqualTo(100.0);
  }

  @Test
  void anElevenPointScaleFromZeroMapsEachStepToTenPoints() {
    var scale = new AnswerScale(0, 10);

    assertThat(scale.toHundred(0)).isEqualTo(0.0);
    assertThat(scale.toHundred(7)).isEqualTo(70.0);
    assertThat(scale.toHundred(10)).isEqualTo(100.0);
  }

  @Test
  void anAnswerOffTheScaleIsRefused() {
    var scale = new AnswerScale(1, 5);

    assertThat(scale.contains(6)).isFalse();
    assertThatThrownBy(() -> scale.toHundred(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the answer 6.0 lies outside the scale 1..5");
  }

  @Test
  void aScaleWithoutRangeIsRefused() {
    assertThatThrownBy(() -> new AnswerScale(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an answer scale needs its lowest answer below its highest, got 5..5");
  }
}
