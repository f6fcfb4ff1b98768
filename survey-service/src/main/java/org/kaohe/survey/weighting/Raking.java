package org.kaohe.survey.weighting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rakes a unit's respondents' weights to its population margins by iterative proportional fitting,
 * with trimming.
 *
 * <p>Weights start equal and are scaled so that they sum to the number of respondents, so the
 * trimming bounds are multiples of a mean weight of 1. Each iteration adjusts every weighting
 * dimension once, in alphabetical order, and then, when the settings trim, clamps every weight to
 * [{@code trimLower}, {@code trimUpper}] times the current mean weight; the next iteration re-rakes
 * the trimmed weights. Raking stops when, after a trim, every category's weighted share lies within
 * the tolerance of its population share and every weight within its bounds (to the same relative
 * tolerance), or reports the unit as {@link Unmet} once the iteration cap is reached.
 *
 * <p>A unit's margins cannot be met either when a category with a positive population share has no
 * respondent (no weight can fill an empty cell) or when respondents fall in a category whose share
 * is 0 (only zero weights would meet it, which trimming and the estimates forbid). Every
 * respondent's category is one the targets list; ingestion refuses unknown categories.
 */
public final class Raking {

  static final String NO_RESPONDENTS = "no respondents";

  private Raking() {}

  /** Equal weights when the sample's targets are empty, else raked weights or why not. */
  public static RakingOutcome rake(UnitSample sample, RakingSettings settings) {
    int n = sample.size();
    if (n == 0) {
      return new Unmet(NO_RESPONDENTS);
    }
    double[] weights = new double[n];
    Arrays.fill(weights, 1.0);
    List<String> dimensions = sample.weightingDimensions();
    if (dimensions.isEmpty()) {
      return new RakedWeights(weights, 0, 0);
    }
    int[][] codes = new int[dimensions.size()][];
    double[][] shares = new double[dimensions.size()][];
    double[][] totals = new double[dimensions.size()][];
    for (int d = 0; d < dimensions.size(); d++) {
      codes[d] = sample.categoryCodes(d);
      shares[d] = normalisedShares(sample, d);
      totals[d] = new double[shares[d].length];
      for (int k = 0; k < shares[d].length; k++) {
        totals[d][k] = shares[d][k] * n;
      }
      Unmet empty = emptyCell(sample, d, shares[d]);
      if (empty != null) {
        return empty;
      }
    }
    Ipf ipf = new Ipf(codes, totals, weights);
    for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
      ipf.sweep();
      int trimmed = settings.trims() ? trim(weights, settings) : 0;
      if (largestGap(sample, ipf, shares).size() <= settings.tolerance()
          && withinBounds(weights, settings)) {
        rescaleToMeanOne(weights);
        return new RakedWeights(weights, iteration, trimmed);
      }
    }
    return new Unmet(notConverged(sample, ipf, shares, settings));
  }

  private static double[] normalisedShares(UnitSample sample, int dimension) {
    var categories = sample.targets().shares().get(sample.weightingDimensions().get(dimension));
    double[] shares = new double[categories.size()];
    double sum = 0;
    int k = 0;
    for (double share : categories.values()) {
      shares[k++] = share;
      sum += share;
    }
    for (k = 0; k < shares.length; k++) {
      shares[k] /= sum;
    }
    return shares;
  }

  private static Unmet emptyCell(UnitSample sample, int dimension, double[] shares) {
    int[] counts = new int[shares.length];
    for (int code : sample.categoryCodes(dimension)) {
      counts[code]++;
    }
    String name = sample.weightingDimensions().get(dimension);
    for (int k = 0; k < shares.length; k++) {
      String category = sample.categories(dimension).get(k);
      if (counts[k] == 0 && shares[k] > 0) {
        return new Unmet(
            String.format(
                Locale.ROOT,
                "no respondent falls in '%s' = '%s', whose population share is %.4f",
                name,
                category,
                shares[k]));
      }
      if (counts[k] > 0 && shares[k] == 0) {
        return new Unmet(
            String.format(
                Locale.ROOT,
                "%d %s in '%s' = '%s', whose population share is 0",
                counts[k],
                counts[k] == 1 ? "respondent falls" : "respondents fall",
                name,
                category));
      }
    }
    return null;
  }

  /** Clamps the weights to their bounds around the current mean; returns how many it moved. */
  private static int trim(double[] weights, RakingSettings settings) {
    double mean = mean(weights);
    double lower = settings.trimLower() * mean;
    double upper = settings.trimUpper() * mean;
    int moved = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < lower) {
        weights[i] = lower;
        moved++;
      } else if (weights[i] > upper) {
        weights[i] = upper;
        moved++;
      }
    }
    return moved;
  }

  private static boolean withinBounds(double[] weights, RakingSettings settings) {
    if (!settings.trims()) {
      return true;
    }
    double mean = mean(weights);
    double lower = settings.trimLower() * mean * (1 - settings.tolerance());
    double upper = settings.trimUpper() * mean * (1 + settings.tolerance());
    for (double weight : weights) {
      if (weight < lower || weight > upper) {
        return false;
      }
    }
    return true;
  }

  /** A trim leaves the total slightly off the respondents' number; shares and bounds are kept. */
  private static void rescaleToMeanOne(double[] weights) {
    double factor = 1 / mean(weights);
    for (int i = 0; i < weights.length; i++) {
      weights[i] *= factor;
    }
  }

  private static double mean(double[] weights) {
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    return sum / weights.length;
  }

  private record Gap(int dimension, int category, double share, double target) {
    double size() {
      return Math.abs(share - target);
    }
  }

  private static Gap largestGap(UnitSample sample, Ipf ipf, double[][] shares) {
    Gap largest = null;
    for (int d = 0; d < shares.length; d++) {
      double[] totals = ipf.totals(d);
      double sum = 0;
      for (double total : totals) {
        sum += total;
      }
      for (int k = 0; k < totals.length; k++) {
        Gap gap = new Gap(d, k, totals[k] / sum, shares[d][k]);
        if (largest == null || gap.size() > largest.size()) {
          largest = gap;
        }
      }
    }
    return largest;
  }

  private static String notConverged(
      UnitSample sample, Ipf ipf, double[][] shares, RakingSettings settings) {
    Gap gap = largestGap(sample, ipf, shares);
    String trimming =
        settings.trims()
            ? String.format(
                Locale.ROOT,
                " with weights trimmed to [%s, %s] times the mean",
                settings.trimLower(),
                settings.trimUpper())
            : "";
    if (gap.size() <= settings.tolerance()) {
      return String.format(
          Locale.ROOT,
          "raking did not converge within %d iterations: the weights keep leaving the trimming"
              + " bounds [%s, %s] times the mean",
          settings.maxIterations(),
          settings.trimLower(),
          settings.trimUpper());
    }
    return String.format(
        Locale.ROOT,
        "raking did not converge within %d iterations%s: the weighted share of '%s' = '%s' is"
            + " %.6f against a population share of %.6f",
        settings.maxIterations(),
        trimming,
        sample.weightingDimensions().get(gap.dimension()),
        sample.categories(gap.dimension()).get(gap.category()),
        gap.share(),
        gap.target());
  }
}
