package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kaohe.survey.weighting.TestSamples.addCell;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.scoring.RespondentScore;

class UnitEstimatorTest {

  /**
   * The 2×2 sample of {@link RakingTest#twoByTwo()}: urban men score 80, rural men 60, urban women
   * 50, rural women 20, weighing 4/3, 1, 1 and 3/4.
   *
   * <ul>
   *   <li>weighted (40·80 + 10·60 + 20·50 + 30·20) / 100 = 54; unweighted (30·80 + 10·60 + 20·50 +
   *       40·20) / 100 = 48
   *   <li>Σw² = 30·16/9 + 10 + 20 + 40·9/16 = 635/6, so Kish's n_eff = 100² / (635/6) = 60000/635
   *       and the design effect 635/600
   *   <li>Σ(w(y − 54))² = 30·(104/3)² + 10·6² + 20·4² + 40·25.5² = 188230/3, so the variance is
   *       100/99 · (188230/3) / 100² = 188230/29700
   * </ul>
   */
  @Test
  void theHandComputedTwoByTwoExampleHasItsWeightedScoreEffectiveSizeAndMargin() {
    var result =
        UnitEstimator.estimate(RakingTest.twoByTwo(), RakingSettings.untrimmed(1e-12, 100), 90);

    assertThat(result).isInstanceOf(UnitEstimate.class);
    var estimate = (UnitEstimate) result;
    assertThat(estimate.respondents()).isEqualTo(100);
    assertThat(estimate.weightedScore()).isCloseTo(54.0, within(1e-9));
    assertThat(estimate.unweightedScore()).isCloseTo(48.0, within(1e-12));
    assertThat(estimate.effectiveSampleSize()).isCloseTo(60000.0 / 635, within(1e-9));
    assertThat(estimate.designEffect()).isCloseTo(635.0 / 600, within(1e-12));
    assertThat(estimate.standardError()).isCloseTo(Math.sqrt(188230.0 / 29700), within(1e-9));
    assertThat(estimate.marginOfError())
        .isCloseTo(1.959963984540054 * Math.sqrt(188230.0 / 29700), within(1e-9));
    assertThat(estimate.quotaMet()).isTrue();
    assertThat(estimate.weighting().smallestWeight()).isCloseTo(0.75, within(1e-9));
    assertThat(estimate.weighting().largestWeight()).isCloseTo(4.0 / 3, within(1e-9));
  }

  @Test
  void equalWeightsGiveTheSampleMeanAndTheTextbookStandardError() {
    // Scores 40, 60, 80: mean 60 and Σ(y − 60)² = 800.
    var builder =
        UnitSample.builder("620100", List.of("gain", "security"), WeightingTargets.none());
    builder.add("a", new RespondentScore(40, new TreeMap<>(Map.of("gain", 40.0))), Map.of());
    builder.add("b", new RespondentScore(60, new TreeMap<>(Map.of("gain", 80.0))), Map.of());
    builder.add("c", new RespondentScore(80, new TreeMap<>()), Map.of());

    var estimate =
        (UnitEstimate) UnitEstimator.estimate(builder.build(), RakingSettings.defaults(), 5);

    // With w = 1: n/(n−1) · Σ(y − ȳ)² / n² = Σ(y − ȳ)² / (n(n−1)) = 800/6, the s²/n of a mean.
    assertThat(estimate.weightedScore()).isEqualTo(60.0);
    assertThat(estimate.standardError()).isCloseTo(Math.sqrt(800.0 / 6), within(1e-12));
    assertThat(estimate.effectiveSampleSize()).isEqualTo(3.0);
    assertThat(estimate.designEffect()).isEqualTo(1.0);
    assertThat(estimate.quotaMet()).isFalse();
    // gain is a domain of 2 in a unit of 3: Σ(w(y − 60))² / (Σw)² · 3/2 = 800/4 · 3/2 = 300.
    assertThat(estimate.dimensions()).containsOnlyKeys("gain");
    var gain = estimate.dimensions().get("gain");
    assertThat(gain.respondents()).isEqualTo(2);
    assertThat(gain.weightedScore()).isEqualTo(60.0);
    assertThat(gain.unweightedScore()).isEqualTo(60.0);
    assertThat(gain.marginOfError()).isCloseTo(1.959963984540054 * Math.sqrt(300), within(1e-9));
  }

  @Test
  void aUnitWithoutRespondentsHasNoEstimate() {
    var empty = UnitSample.builder("620100", List.of(), WeightingTargets.none()).build();

    assertThat(UnitEstimator.estimate(empty, RakingSettings.defaults(), 577))
        .isEqualTo(
            new UnitNotEstimated("620100", 0, 577, OptionalDouble.empty(), "no respondents"));
  }

  @Test
  void aSingleRespondentGivesNoMargin() {
    var builder = UnitSample.builder("620100", List.of(), WeightingTargets.none());
    addCell(builder, "a", 1, 75, Map.of());

    var result = UnitEstimator.estimate(builder.build(), RakingSettings.defaults(), 1);

    assertThat(result)
        .isEqualTo(
            new UnitNotEstimated(
                "620100",
                1,
                1,
                OptionalDouble.of(75),
                "a margin of error needs at least 2 respondents; the unit has 1"));
    assertThat(result.quotaMet()).isTrue();
  }

  @Test
  void weightsForAnotherSampleAreAProgrammingError() {
    var builder = UnitSample.builder("620100", List.of(), WeightingTargets.none());
    addCell(builder, "a", 2, 75, Map.of());
    var threeWeights = new RakedWeights(new double[] {1, 1, 1}, 0, 0);

    assertThatThrownBy(() -> UnitEstimator.estimate(builder.build(), threeWeights, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an estimate needs one weight per respondent and at least 2 respondents, got 3"
                + " weights for 2");
  }

  @Test
  void aUnitWhoseMarginsCannotBeMetKeepsItsUnweightedScoreAndTheReason() {
    var targets = WeightingTargets.of(Map.of("area", Map.of("urban", 0.6, "rural", 0.4)));
    var builder = UnitSample.builder("620100", List.of(), targets);
    addCell(builder, "u", 4, 70, Map.of("area", "urban"));

    assertThat(UnitEstimator.estimate(builder.build(), RakingSettings.defaults(), 4))
        .isEqualTo(
            new UnitNotEstimated(
                "620100",
                4,
                4,
                OptionalDouble.of(70),
                "no respondent falls in 'area' = 'rural', whose population share is 0.4000"));
  }
}
