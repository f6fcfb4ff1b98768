package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingTargetsTest {

  @Test
  void sharesRoundedToThreeDecimalsAreAccepted() {
    var targets =
        WeightingTargets.of(Map.of("age", Map.of("young", 0.333, "middle", 0.333, "old", 0.333)));

    assertThat(targets.shares().get("age")).containsOnlyKeys("middle", "old", "young");
  }

  @Test
  void dimensionsAndCategoriesAreKeptInAlphabeticalOrder() {
    var targets =
        WeightingTargets.of(
            Map.of(
                "sex", Map.of("male", 0.5, "female", 0.5),
                "area", Map.of("urban", 0.6, "rural", 0.4)));

    assertThat(targets.shares().keySet()).containsExactly("area", "sex");
    assertThat(targets.shares().get("area").keySet()).containsExactly("rural", "urban");
  }

  @Test
  void sharesThatDoNotSumToOneAreRefused() {
    assertThatThrownBy(
            () -> WeightingTargets.of(Map.of("area", Map.of("urban", 0.6, "rural", 0.3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the population shares of 'area' sum to 0.9000 instead of 1");
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(
            () -> WeightingTargets.of(Map.of("area", Map.of("urban", 1.5, "rural", -0.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the population share of 'rural' in 'area' must lie between 0 and 1, got -0.5");
  }

  @Test
  void aDimensionWithoutCategoriesIsRefused() {
    assertThatThrownBy(() -> WeightingTargets.of(Map.of("area", Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weighting dimension 'area' lists no category");
  }

  @Test
  void noTargetsMeansEqualWeights() {
    assertThat(WeightingTargets.none().isEmpty()).isTrue();
  }
}
