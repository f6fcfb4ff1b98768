package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kaohe.survey.weighting.TestSamples.addCell;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RakingTest {

  private static final WeightingTargets SEX_AND_AREA =
      WeightingTargets.of(
          Map.of(
              "sex", Map.of("female", 0.5, "male", 0.5),
              "area", Map.of("urban", 0.6, "rural", 0.4)));

  /**
   * Respondents: 30 urban men, 10 rural men, 20 urban women, 40 rural women. Raking keeps the
   * cross-product ratio of a 2×2 table, (30·40)/(10·20) = 6, so with margins 50/50 and 60/40 the
   * fitted urban men a satisfy a(a − 10) = 6(50 − a)(60 − a), i.e. a² − 130a + 3600 = 0, a = 40:
   * cells 40, 10, 20, 30 and weights 40/30, 10/10, 20/20, 30/40.
   */
  static UnitSample twoByTwo() {
    var builder = UnitSample.builder("620100", List.of(), SEX_AND_AREA);
    addCell(builder, "mu", 30, 80, Map.of("sex", "male", "area", "urban"));
    addCell(builder, "mr", 10, 60, Map.of("sex", "male", "area", "rural"));
    addCell(builder, "fu", 20, 50, Map.of("sex", "female", "area", "urban"));
    addCell(builder, "fr", 40, 20, Map.of("sex", "female", "area", "rural"));
    return builder.build();
  }

  @Test
  void aHandComputedTwoByTwoTableIsRakedToItsClosedFormWeights() {
    UnitSample sample = twoByTwo();

    var raked = (RakedWeights) Raking.rake(sample, RakingSettings.untrimmed(1e-12, 100));

    for (int i = 0; i < sample.size(); i++) {
      String cell = sample.responseId(i).substring(0, 2);
      double expected =
          switch (cell) {
            case "mu" -> 4.0 / 3;
            case "mr", "fu" -> 1.0;
            default -> 0.75;
          };
      assertThat(raked.weight(i)).as(sample.responseId(i)).isCloseTo(expected, within(1e-9));
    }
    assertThat(raked.iterations()).isGreaterThan(1);
    assertThat(raked.trimmedWeights()).isZero();
  }

  @Test
  void withoutTargetsEveryRespondentWeighsOne() {
    var builder = UnitSample.builder("620100", List.of(), WeightingTargets.none());
    addCell(builder, "a", 3, 50, Map.of("sex", "male"));

    var raked = (RakedWeights) Raking.rake(builder.build(), RakingSettings.defaults());

    assertThat(raked.weights()).containsExactly(1.0, 1.0, 1.0);
    assertThat(raked.iterations()).isZero();
  }

  @Test
  void aCategoryWithAPopulationShareButNoRespondentCannotBeMet() {
    var builder = UnitSample.builder("620100", List.of(), SEX_AND_AREA);
    addCell(builder, "mu", 30, 80, Map.of("sex", "male", "area", "urban"));
    addCell(builder, "fu", 20, 50, Map.of("sex", "female", "area", "urban"));

    assertThat(Raking.rake(builder.build(), RakingSettings.defaults()))
        .isEqualTo(
            new Unmet("no respondent falls in 'area' = 'rural', whose population share is 0.4000"));
  }

  @Test
  void respondentsInACategoryWithoutPopulationShareCannotBeMet() {
    var targets = WeightingTargets.of(Map.of("area", Map.of("urban", 1.0, "rural", 0.0)));
    var one = UnitSample.builder("620100", List.of(), targets);
    addCell(one, "u", 5, 80, Map.of("area", "urban"));
    addCell(one, "r", 1, 80, Map.of("area", "rural"));
    var three = UnitSample.builder("620100", List.of(), targets);
    addCell(three, "u", 5, 80, Map.of("area", "urban"));
    addCell(three, "r", 3, 80, Map.of("area", "rural"));

    assertThat(Raking.rake(one.build(), RakingSettings.defaults()))
        .isEqualTo(
            new Unmet("1 respondent falls in 'area' = 'rural', whose population share is 0"));
    assertThat(Raking.rake(three.build(), RakingSettings.defaults()))
        .isEqualTo(
            new Unmet("3 respondents fall in 'area' = 'rural', whose population share is 0"));
  }

  @Test
  void weightsForNobodyAreAProgrammingError() {
    assertThatThrownBy(() -> new RakedWeights(new double[0], 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raked weights need at least one respondent");
  }

  @Test
  void aUnitWithoutRespondentsCannotBeRaked() {
    var empty = UnitSample.builder("620100", List.of(), SEX_AND_AREA).build();

    assertThat(Raking.rake(empty, RakingSettings.defaults()))
        .isEqualTo(new Unmet("no respondents"));
  }

  /**
   * Every man in the sample lives in a town and every woman in the country, so the share of men is
   * always the share of town dwellers: margins of 50% men and 60% town dwellers contradict each
   * other and raking swings between them.
   */
  @Test
  void contradictoryMarginsAreReportedAsNotConvergedWithTheLargestGap() {
    var builder = UnitSample.builder("620100", List.of(), SEX_AND_AREA);
    addCell(builder, "mu", 30, 80, Map.of("sex", "male", "area", "urban"));
    addCell(builder, "fr", 40, 20, Map.of("sex", "female", "area", "rural"));

    assertThat(Raking.rake(builder.build(), RakingSettings.untrimmed(1e-6, 50)))
        .isEqualTo(
            new Unmet(
                "raking did not converge within 50 iterations: the weighted share of 'area' ="
                    + " 'rural' is 0.500000 against a population share of 0.400000"));
  }

  @Test
  void trimmingHoldsEveryWeightWithinItsBoundsAndStillMeetsTheMargins() {
    // 90 urban and 10 rural respondents for a 50/50 population: untrimmed, rural weights are 5.
    UnitSample sample = areaBySex(0.5, 45, 45, 5, 5);

    var untrimmed = (RakedWeights) Raking.rake(sample, RakingSettings.untrimmed(1e-9, 100));
    RakingOutcome trimmed = Raking.rake(sample, new RakingSettings(1e-9, 100, 0.3, 3.0));

    assertThat(untrimmed.largest()).isCloseTo(5.0, within(1e-9));
    assertThat(trimmed)
        .isEqualTo(
            new Unmet(
                "raking did not converge within 100 iterations with weights trimmed to [0.3, 3.0]"
                    + " times the mean: the weighted share of 'area' = 'rural' is 0.375000 against"
                    + " a population share of 0.500000"));
  }

  /**
   * Untrimmed, rural men would weigh 2.12 times the mean. Capped at 2, the margins are still met by
   * urban women 2/3, urban men 1, rural women and men 2: urban 60·2/3 + 20 = 60, rural 5·2 + 15·2 =
   * 40, women 40 + 10 = 50, men 20 + 30 = 50.
   */
  @Test
  void trimmingThatTheMarginsLeaveRoomForConvergesWithWeightsAtTheirBound() {
    UnitSample sample = areaBySex(0.6, 60, 20, 5, 15);

    var untrimmed = (RakedWeights) Raking.rake(sample, RakingSettings.untrimmed(1e-9, 500));
    var trimmed = (RakedWeights) Raking.rake(sample, new RakingSettings(1e-9, 500, 0.3, 2.0));

    assertThat(untrimmed.largest()).isCloseTo(2.123, within(1e-3));
    for (int i = 0; i < sample.size(); i++) {
      double expected =
          switch (sample.responseId(i).substring(0, 2)) {
            case "uf" -> 2.0 / 3;
            case "um" -> 1.0;
            default -> 2.0;
          };
      assertThat(trimmed.weight(i)).as(sample.responseId(i)).isCloseTo(expected, within(1e-6));
    }
    assertThat(trimmed.trimmedWeights()).isEqualTo(15);
    assertMargins(sample, trimmed, "area", Map.of("urban", 0.6, "rural", 0.4));
    assertMargins(sample, trimmed, "sex", Map.of("female", 0.5, "male", 0.5));
  }

  /**
   * Twenty samples of 400, from nearly balanced to as skewed as 80% in one sex and one area: with
   * weights trimmed to [0.3, 3] times the mean, some converge with weights held at a bound and the
   * most skewed cannot meet their margins at all.
   */
  @Test
  void everyConvergedRakingMeetsItsMarginsWithinTheToleranceAndItsWeightsWithinTheirBounds() {
    var targets =
        WeightingTargets.of(
            Map.of(
                "sex", Map.of("female", 0.5, "male", 0.5),
                "area", Map.of("urban", 0.6, "rural", 0.4),
                "age", Map.of("young", 0.3, "middle", 0.4, "old", 0.3)));
    String[] sexes = {"female", "male"};
    String[] areas = {"urban", "rural"};
    String[] ages = {"young", "middle", "old"};
    int convergedWithTrimming = 0;
    int unmet = 0;
    for (int seed = 1; seed <= 20; seed++) {
      var random = new Random(seed);
      double skew = 0.2 + 0.6 * (seed - 1) / 19;
      var builder = UnitSample.builder("620100", List.of(), targets);
      for (int i = 0; i < 400; i++) {
        builder.add(
            "r" + i,
            TestSamples.score(random.nextInt(101)),
            Map.of(
                "sex", sexes[random.nextDouble() < skew ? 0 : 1],
                "area", areas[random.nextDouble() < skew ? 0 : 1],
                "age", ages[random.nextInt(3)]));
      }
      UnitSample sample = builder.build();
      for (double tolerance : new double[] {1e-3, 1e-9}) {
        RakingOutcome outcome = Raking.rake(sample, new RakingSettings(tolerance, 1000, 0.3, 3.0));

        if (outcome instanceof RakedWeights raked) {
          assertThat(raked.smallest())
              .as("seed %d", seed)
              .isGreaterThanOrEqualTo(0.3 * (1 - tolerance));
          assertThat(raked.largest())
              .as("seed %d", seed)
              .isLessThanOrEqualTo(3.0 * (1 + tolerance));
          for (var dimension : targets.shares().entrySet()) {
            assertMargins(sample, raked, dimension.getKey(), dimension.getValue(), tolerance);
          }
          convergedWithTrimming += raked.trimmedWeights() > 0 ? 1 : 0;
        } else {
          assertThat(((Unmet) outcome).reason())
              .as("seed %d", seed)
              .startsWith(
                  "raking did not converge within 1000 iterations with weights trimmed to [0.3,"
                      + " 3.0] times the mean: the weighted share of ");
          unmet++;
        }
      }
    }
    assertThat(convergedWithTrimming).isPositive();
    assertThat(unmet).isPositive();
  }

  /**
   * Urban and rural women and men, with an urban population share of {@code urban} and as many
   * women as men; the ids start with the cell (uf, um, rf, rm).
   */
  private static UnitSample areaBySex(
      double urban, int urbanWomen, int urbanMen, int ruralWomen, int ruralMen) {
    var targets =
        WeightingTargets.of(
            Map.of(
                "area", Map.of("urban", urban, "rural", 1 - urban),
                "sex", Map.of("female", 0.5, "male", 0.5)));
    var builder = UnitSample.builder("620100", List.of(), targets);
    addCell(builder, "uf", urbanWomen, 70, Map.of("area", "urban", "sex", "female"));
    addCell(builder, "um", urbanMen, 70, Map.of("area", "urban", "sex", "male"));
    addCell(builder, "rf", ruralWomen, 30, Map.of("area", "rural", "sex", "female"));
    addCell(builder, "rm", ruralMen, 30, Map.of("area", "rural", "sex", "male"));
    return builder.build();
  }

  private static void assertMargins(
      UnitSample sample, RakedWeights raked, String dimension, Map<String, Double> shares) {
    assertMargins(sample, raked, dimension, shares, 1e-8);
  }

  private static void assertMargins(
      UnitSample sample,
      RakedWeights raked,
      String dimension,
      Map<String, Double> shares,
      double tolerance) {
    int d = sample.weightingDimensions().indexOf(dimension);
    double total = 0;
    var byCategory = new double[sample.categories(d).size()];
    for (int i = 0; i < sample.size(); i++) {
      byCategory[sample.categoryCodes(d)[i]] += raked.weight(i);
      total += raked.weight(i);
    }
    assertThat(total).isCloseTo(sample.size(), within(1e-6));
    for (int k = 0; k < byCategory.length; k++) {
      String category = sample.categories(d).get(k);
      assertThat(byCategory[k] / total)
          .as(category)
          .isCloseTo(shares.get(category), within(tolerance));
    }
  }
}
