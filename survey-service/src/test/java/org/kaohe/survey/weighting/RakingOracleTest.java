package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.scoring.RespondentScore;

/**
 * Raking and the unit estimate against R's survey package. The R scripts and their input sit in
 * {@code src/test/resources/r-oracle}; the expected numbers below are what they print with survey
 * 4.1 (Debian r-cran-survey).
 */
class RakingOracleTest {

  @Test
  void theWikipediaTableRakedToConvergenceMatchesR() {
    // rake-wikipedia.R: 800 respondents, one per seed count, raked to totals of 1000.
    double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
    double[][] fromR = {
      {64.558510, 46.232460, 35.384298, 3.824732},
      {49.967919, 68.159354, 156.498546, 25.374180},
      {56.721944, 144.428226, 145.082481, 53.767349},
      {28.751627, 41.179961, 63.034674, 17.033738}
    };
    var targets =
        WeightingTargets.of(
            Map.of(
                "1 row", shares(150, 300, 400, 150),
                "2 column", shares(200, 300, 400, 100)));
    var builder = UnitSample.builder("620100", List.of(), targets);
    for (int row = 0; row < 4; row++) {
      for (int column = 0; column < 4; column++) {
        TestSamples.addCell(
            builder,
            "cell" + row + column,
            (int) seed[row][column],
            50,
            Map.of("1 row", "r" + (row + 1), "2 column", "c" + (column + 1)));
      }
    }
    UnitSample sample = builder.build();

    var raked = (RakedWeights) Raking.rake(sample, RakingSettings.untrimmed(1e-12, 1000));

    double[][] cells = new double[4][4];
    for (int i = 0; i < sample.size(); i++) {
      String id = sample.responseId(i);
      cells[id.charAt(4) - '0'][id.charAt(5) - '0'] += raked.weight(i) * 1000 / 800;
    }
    for (int row = 0; row < 4; row++) {
      assertThat(cells[row]).containsExactly(fromR[row], within(1e-6));
    }
  }

  private static Map<String, Double> shares(double... totals) {
    String prefix = totals[3] == 150 ? "r" : "c";
    var shares = new TreeMap<String, Double>();
    for (int k = 0; k < totals.length; k++) {
      shares.put(prefix + (k + 1), totals[k] / 1000);
    }
    return shares;
  }

  @Test
  void aUnitsRakedWeightsScoreMarginAndEffectiveSizeMatchR() throws IOException {
    // rake-unit.R: 40 respondents raked on age then sex, svymean with the raked weights only.
    var targets =
        WeightingTargets.of(
            Map.of(
                "sex", Map.of("female", 0.52, "male", 0.48),
                "age", Map.of("18-39", 0.35, "40-59", 0.40, "60+", 0.25)));
    var builder = UnitSample.builder("620100", List.of("gain"), targets);
    for (String line : unitCsv().subList(1, 41)) {
      String[] field = line.split(",", -1);
      var dimensions = new TreeMap<String, Double>();
      if (!field[4].isEmpty()) {
        dimensions.put("gain", Double.parseDouble(field[4]));
      }
      builder.add(
          field[0],
          new RespondentScore(Double.parseDouble(field[3]), dimensions),
          Map.of("sex", field[1], "age", field[2]));
    }
    UnitSample sample = builder.build();

    var raked = (RakedWeights) Raking.rake(sample, RakingSettings.untrimmed(1e-12, 1000));
    var estimate = UnitEstimator.estimate(sample, raked, 30);

    Map<String, Double> weightsFromR =
        Map.of(
            "female 18-39", 0.808888888888889,
            "female 40-59", 2.218666666666667,
            "male 18-39", 0.357777777778407,
            "male 40-59", 0.981333333335059,
            "male 60+", 1.666666666663971);
    List<String> lines = unitCsv();
    for (int i = 0; i < sample.size(); i++) {
      String[] field = lines.get(i + 1).split(",", -1);
      assertThat(sample.responseId(i)).isEqualTo(field[0]);
      assertThat(raked.weight(i))
          .as(field[0])
          .isCloseTo(weightsFromR.get(field[1] + " " + field[2]), within(1e-9));
    }
    assertThat(estimate.weightedScore()).isCloseTo(51.1699491111098, within(1e-9));
    assertThat(estimate.standardError()).isCloseTo(3.06034507404715, within(1e-9));
    assertThat(estimate.marginOfError())
        .isCloseTo(1.95996398454005 * 3.06034507404715, within(1e-9));
    assertThat(estimate.effectiveSampleSize()).isCloseTo(28.838272617393, within(1e-9));
    assertThat(estimate.dimensions().get("gain").weightedScore())
        .isCloseTo(55.0253612743625, within(1e-9));
    assertThat(estimate.dimensions().get("gain").marginOfError())
        .isCloseTo(1.95996398454005 * 3.4345164076768, within(1e-9));
    assertThat(estimate.dimensions().get("gain").respondents()).isEqualTo(31);
  }

  /** The R input, a plain comma-separated file without quoting, in response-id order. */
  private static List<String> unitCsv() throws IOException {
    try (InputStream in = RakingOracleTest.class.getResourceAsStream("/r-oracle/unit.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
