package org.kaohe.survey.weighting;

import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Computes a unit's {@link UnitResult}: rakes its respondents' weights, then estimates the weighted
 * and unweighted scores, their margins and Kish's effective sample size (see {@link UnitEstimate}
 * for the estimators). Every sum runs over respondents in response-id order.
 */
public final class UnitEstimator {

  private UnitEstimator() {}

  /** The unit's result with weights raked to its targets, or why it has none. */
  public static UnitResult estimate(UnitSample sample, RakingSettings settings, int quota) {
    int n = sample.size();
    if (n == 0) {
      return new UnitNotEstimated(
          sample.unitCode(), 0, quota, OptionalDouble.empty(), Raking.NO_RESPONDENTS);
    }
    OptionalDouble unweighted = OptionalDouble.of(plainMean(sample.scores()));
    if (n == 1) {
      return new UnitNotEstimated(
          sample.unitCode(),
          n,
          quota,
          unweighted,
          "a margin of error needs at least 2 respondents; the unit has 1");
    }
    RakingOutcome outcome = Raking.rake(sample, settings);
    if (outcome instanceof Unmet unmet) {
      return new UnitNotEstimated(sample.unitCode(), n, quota, unweighted, unmet.reason());
    }
    return estimate(sample, (RakedWeights) outcome, quota);
  }

  /** The unit's estimate with the given weights, in the sample's order; at least 2 respondents. */
  public static UnitEstimate estimate(UnitSample sample, RakedWeights raked, int quota) {
    int n = sample.size();
    if (raked.size() != n || n < 2) {
      throw new IllegalArgumentException(
          "an estimate needs one weight per respondent and at least 2 respondents, got "
              + raked.size()
              + " weights for "
              + n);
    }
    double[] weights = raked.unsafeWeights();
    Domain overall = domain(weights, sample.scores());
    var dimensions = new TreeMap<String, DimensionEstimate>();
    for (int d = 0; d < sample.scoreDimensions().size(); d++) {
      Domain domain = domain(weights, sample.dimensionScores(d));
      if (domain.respondents() > 0) {
        dimensions.put(
            sample.scoreDimensions().get(d),
            new DimensionEstimate(
                domain.respondents(),
                domain.weightedMean(),
                domain.plainMean(),
                Confidence.Z * domain.standardError()));
      }
    }
    double sum = 0;
    double sumOfSquares = 0;
    for (double weight : weights) {
      sum += weight;
      sumOfSquares += weight * weight;
    }
    double effective = sum * sum / sumOfSquares;
    return new UnitEstimate(
        sample.unitCode(),
        n,
        quota,
        overall.weightedMean(),
        overall.plainMean(),
        overall.standardError(),
        Confidence.Z * overall.standardError(),
        effective,
        n / effective,
        dimensions,
        new UnitEstimate.WeightingSummary(
            raked.iterations(), raked.trimmedWeights(), raked.smallest(), raked.largest()));
  }

  private record Domain(
      int respondents, double weightedMean, double plainMean, double standardError) {}

  /**
   * The ratio mean over respondents whose value is not NaN, with its linearization standard error;
   * the n/(n−1) factor counts every respondent of the unit, as a domain estimate does.
   */
  private static Domain domain(double[] weights, double[] values) {
    int n = weights.length;
    int count = 0;
    double weightSum = 0;
    double weightedSum = 0;
    double plainSum = 0;
    for (int i = 0; i < n; i++) {
      double value = values[i];
      if (!Double.isNaN(value)) {
        count++;
        weightSum += weights[i];
        weightedSum += weights[i] * value;
        plainSum += value;
      }
    }
    if (count == 0) {
      return new Domain(0, 0, 0, 0);
    }
    double mean = weightedSum / weightSum;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double value = values[i];
      if (!Double.isNaN(value)) {
        double residual = weights[i] * (value - mean);
        squares += residual * residual;
      }
    }
    double variance = (double) n / (n - 1) * squares / (weightSum * weightSum);
    return new Domain(count, mean, plainSum / count, Math.sqrt(variance));
  }

  private static double plainMean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
