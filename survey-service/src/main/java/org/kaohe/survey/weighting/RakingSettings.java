package org.kaohe.survey.weighting;

/**
 * How raking runs.
 *
 * @param tolerance raking has converged when every category's weighted share differs from its
 *     population share by at most this much (an absolute difference of shares), and, with trimming,
 *     no weight lies further than this fraction beyond a trimming bound
 * @param maxIterations the most sweeps over all dimensions before the unit is reported as not
 *     converged; one sweep adjusts every dimension once, then trims
 * @param trimLower the smallest weight allowed, as a multiple of the mean weight (0 for none)
 * @param trimUpper the largest weight allowed, as a multiple of the mean weight ({@link
 *     Double#POSITIVE_INFINITY} for none)
 */
public record RakingSettings(
    double tolerance, int maxIterations, double trimLower, double trimUpper) {

  /** Shares within one part in a million, 200 sweeps, weights within [0.3, 3] × the mean. */
  public static RakingSettings defaults() {
    return new RakingSettings(1e-6, 200, 0.3, 3.0);
  }

  /** The same tolerance and cap without trimming. */
  public static RakingSettings untrimmed(double tolerance, int maxIterations) {
    return new RakingSettings(tolerance, maxIterations, 0, Double.POSITIVE_INFINITY);
  }

  public RakingSettings {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException(
          "the raking tolerance must lie strictly between 0 and 1, got " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "raking needs at least one iteration, got " + maxIterations);
    }
    if (!(trimLower >= 0 && trimLower <= 1 && trimUpper >= 1)) {
      throw new IllegalArgumentException(
          "trimming bounds must satisfy 0 <= lower <= 1 <= upper, got ["
              + trimLower
              + ", "
              + trimUpper
              + "]");
    }
  }

  public boolean trims() {
    return trimLower > 0 || trimUpper < Double.POSITIVE_INFINITY;
  }
}
