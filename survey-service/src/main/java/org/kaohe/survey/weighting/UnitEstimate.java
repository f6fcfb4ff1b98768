package org.kaohe.survey.weighting;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A unit's weighted survey result on the 0–100 scale.
 *
 * <p>The weighted score is the ratio mean {@code Σ wᵢyᵢ / Σ wᵢ} with the raked weights. Its
 * variance is the linearization (Taylor) estimator for a ratio mean in a single-stage
 * with-replacement design with weights only: {@code n/(n−1) · Σ (wᵢ(yᵢ − ȳ))² / (Σ wᵢ)²}, which is
 * what R's {@code survey::svymean} gives for {@code svydesign(ids = ~1, weights = ~w)}. It treats
 * the raked weights as fixed and leaves out the finite population correction, so it does not credit
 * raking with the variance it removes and overstates rather than understates the margin. The margin
 * of error is {@code z · √variance} with z the standard normal 97.5% quantile.
 *
 * @param standardError the square root of the variance above
 * @param marginOfError the half-width of the 95% confidence interval of the weighted score
 * @param effectiveSampleSize Kish's {@code (Σw)² / Σw²}
 * @param designEffect Kish's design effect of weighting, respondents / effective sample size
 * @param dimensions the questionnaire dimensions some respondent answered, by name
 */
public record UnitEstimate(
    String unitCode,
    int respondents,
    int quota,
    double weightedScore,
    double unweightedScore,
    double standardError,
    double marginOfError,
    double effectiveSampleSize,
    double designEffect,
    SortedMap<String, DimensionEstimate> dimensions,
    WeightingSummary weighting)
    implements UnitResult {

  public UnitEstimate {
    dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
  }

  /**
   * How the weights came out.
   *
   * @param iterations the raking sweeps (0 with equal weights)
   * @param trimmedWeights weights the last trim held at a bound
   * @param smallestWeight the smallest weight, the mean weight being 1
   * @param largestWeight the largest weight, the mean weight being 1
   */
  public record WeightingSummary(
      int iterations, int trimmedWeights, double smallestWeight, double largestWeight) {}
}
