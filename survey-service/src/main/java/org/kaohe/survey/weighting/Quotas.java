package org.kaohe.survey.weighting;

/**
 * Quotas: the completed responses a unit needs for its weighted score's 95% margin of error to stay
 * within a planned number of points.
 *
 * <p>The sample size for a mean is {@code n = z² σ² deff / E²}, rounded up. The default plans a
 * ±{@value #DEFAULT_MARGIN} point margin at 95% with σ = {@value #PLANNING_STANDARD_DEVIATION}, the
 * largest standard deviation any score on 0–100 can have (half the respondents at 0, half at 100),
 * so no distribution of answers needs more respondents; and with a design effect of {@value
 * #PLANNING_DESIGN_EFFECT} for the spread of raked weights, a common planning value for raking on a
 * few demographics. That gives 1.959964² × 50² × 1.5 / 5² = 576.2, so 577 responses. A unit whose
 * weights spread more than that (see its design effect) misses the margin even at its quota.
 */
public final class Quotas {

  public static final double DEFAULT_MARGIN = 5.0;
  public static final double PLANNING_STANDARD_DEVIATION = 50.0;
  public static final double PLANNING_DESIGN_EFFECT = 1.5;

  private Quotas() {}

  /** 577: the quota for ±5 points at 95% under the planning assumptions above. */
  public static int defaultQuota() {
    return forMargin(DEFAULT_MARGIN, PLANNING_STANDARD_DEVIATION, PLANNING_DESIGN_EFFECT);
  }

  /** The completed responses for a 95% margin of {@code margin} points. */
  public static int forMargin(double margin, double standardDeviation, double designEffect) {
    if (!(margin > 0 && standardDeviation > 0 && designEffect >= 1)) {
      throw new IllegalArgumentException(
          "a quota needs a positive margin and standard deviation and a design effect of at least"
              + " 1");
    }
    double z = Confidence.Z;
    return (int)
        Math.ceil(z * z * standardDeviation * standardDeviation * designEffect / (margin * margin));
  }
}
