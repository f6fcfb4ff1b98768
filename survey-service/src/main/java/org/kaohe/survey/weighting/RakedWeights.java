package org.kaohe.survey.weighting;

import java.util.Arrays;

/**
 * Respondents' weights in the sample's (response-id) order, scaled so that they sum to the number
 * of respondents (mean weight 1).
 *
 * @param iterations the sweeps raking took (0 when there were no margins)
 * @param trimmedWeights how many weights the last trim held at a bound: those raking kept pushing
 *     past it
 */
public record RakedWeights(double[] weights, int iterations, int trimmedWeights)
    implements RakingOutcome {

  public RakedWeights {
    if (weights.length == 0) {
      throw new IllegalArgumentException("raked weights need at least one respondent");
    }
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  public double weight(int respondent) {
    return weights[respondent];
  }

  public int size() {
    return weights.length;
  }

  public double smallest() {
    return Arrays.stream(weights).min().getAsDouble();
  }

  public double largest() {
    return Arrays.stream(weights).max().getAsDouble();
  }

  double[] unsafeWeights() {
    return weights;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RakedWeights that
        && Arrays.equals(weights, that.weights)
        && iterations == that.iterations
        && trimmedWeights == that.trimmedWeights;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(weights) + iterations) + trimmedWeights;
  }

  @Override
  public String toString() {
    return "RakedWeights[" + weights.length + " weights, iterations=" + iterations + "]";
  }
}
