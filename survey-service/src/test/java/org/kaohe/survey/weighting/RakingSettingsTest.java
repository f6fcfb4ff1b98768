package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RakingSettingsTest {

  @Test
  void theDefaultsTrimToAThirdAndThreeTimesTheMean() {
    assertThat(RakingSettings.defaults()).isEqualTo(new RakingSettings(1e-6, 200, 0.3, 3.0));
    assertThat(RakingSettings.defaults().trims()).isTrue();
    assertThat(RakingSettings.untrimmed(1e-6, 10).trims()).isFalse();
  }

  @Test
  void aToleranceOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new RakingSettings(0, 10, 0.3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the raking tolerance must lie strictly between 0 and 1, got 0.0");
  }

  @Test
  void noIterationIsRefused() {
    assertThatThrownBy(() -> new RakingSettings(1e-6, 0, 0.3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raking needs at least one iteration, got 0");
  }

  @Test
  void boundsThatExcludeTheMeanWeightAreRefused() {
    assertThatThrownBy(() -> new RakingSettings(1e-6, 10, 1.2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trimming bounds must satisfy 0 <= lower <= 1 <= upper, got [1.2, 3.0]");
  }
}
