package org.kaohe.survey.weighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.kaohe.survey.scoring.RespondentScore;

/**
 * Times all 119 units' weighted results after close, for the given numbers of responses (default
 * 100,000, 300,000 and 1,000,000), spread unevenly over the units, each raked on sex, area and a
 * five-band age with default settings. Not a test: run it after {@code ./mvnw -pl survey-service
 * -am test-compile} with
 *
 * <pre>
 * java -cp "survey-service/target/classes:survey-service/target/test-classes:$(find \
 *     ~/.m2/repository/org/apache/commons -name 'commons-statistics-distribution-1.3.jar' \
 *     -o -name 'commons-numbers-*-1.3.jar' -o -name 'commons-rng-*-1.6.jar' | tr '\n' :)" \
 *   org.kaohe.survey.weighting.UnitResultsBenchmark 100000 300000 1000000
 * </pre>
 *
 * It prints, per size and round, the time to build the units' columnar samples from scored
 * responses and the time to rake and estimate them all.
 */
public final class UnitResultsBenchmark {

  private static final int UNITS = 119;
  private static final String[] SEXES = {"female", "male"};
  private static final String[] AREAS = {"urban", "rural"};
  private static final String[] AGES = {"18-29", "30-39", "40-49", "50-59", "60+"};
  private static final List<String> DIMENSIONS =
      List.of("gain", "happiness", "satisfaction", "security");

  private UnitResultsBenchmark() {}

  private record Response(
      int unit, String id, RespondentScore score, Map<String, String> demographics) {}

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {100_000, 300_000, 1_000_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    WeightingTargets targets =
        WeightingTargets.of(
            Map.of(
                "sex", Map.of("female", 0.51, "male", 0.49),
                "area", Map.of("urban", 0.55, "rural", 0.45),
                "age", Map.of("18-29", 0.2, "30-39", 0.2, "40-49", 0.2, "50-59", 0.2, "60+", 0.2)));
    for (int size : sizes) {
      List<Response> responses = responses(size, new Random(size));
      for (int round = 1; round <= 3; round++) {
        long start = System.nanoTime();
        var builders = new ArrayList<UnitSample.Builder>();
        for (int unit = 0; unit < UNITS; unit++) {
          builders.add(UnitSample.builder(String.format("U%03d", unit), DIMENSIONS, targets));
        }
        for (Response response : responses) {
          builders
              .get(response.unit())
              .add(response.id(), response.score(), response.demographics());
        }
        var samples = builders.stream().map(UnitSample.Builder::build).toList();
        long built = System.nanoTime();
        int estimated = 0;
        long iterations = 0;
        for (UnitSample sample : samples) {
          UnitResult result =
              UnitEstimator.estimate(sample, RakingSettings.defaults(), Quotas.defaultQuota());
          if (result instanceof UnitEstimate estimate) {
            estimated++;
            iterations += estimate.weighting().iterations();
          }
        }
        long done = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "%,d responses, round %d: build %.3f s, rake and estimate %.3f s, total %.3f s"
                + " (%d of %d units estimated, %d sweeps)%n",
            size,
            round,
            (built - start) / 1e9,
            (done - built) / 1e9,
            (done - start) / 1e9,
            estimated,
            UNITS,
            iterations);
      }
    }
  }

  /** Units of unequal size, each with its own skew of age and area against the targets. */
  private static List<Response> responses(int size, Random random) {
    var demographics = new ArrayList<Map<String, String>>();
    for (String sex : SEXES) {
      for (String area : AREAS) {
        for (String age : AGES) {
          demographics.add(Map.of("sex", sex, "area", area, "age", age));
        }
      }
    }
    var responses = new ArrayList<Response>(size);
    for (int i = 0; i < size; i++) {
      int unit = (int) (UNITS * Math.pow(random.nextDouble(), 1.3));
      int sex = random.nextInt(2);
      int area = random.nextDouble() < 0.7 - unit / 400.0 ? 0 : 1;
      int age = Math.min(4, (int) (5 * Math.pow(random.nextDouble(), 0.8 + unit / 200.0)));
      var scores = new TreeMap<String, Double>();
      double total = 0;
      for (String dimension : DIMENSIONS) {
        double value = 25 * random.nextInt(5);
        scores.put(dimension, value);
        total += value;
      }
      responses.add(
          new Response(
              unit,
              Long.toHexString(random.nextLong()),
              new RespondentScore(total / DIMENSIONS.size(), scores),
              demographics.get(sex * 10 + area * 5 + age)));
    }
    return responses;
  }
}
