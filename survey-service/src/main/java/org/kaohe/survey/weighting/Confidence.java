package org.kaohe.survey.weighting;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The one confidence level every margin in the survey is given at. */
final class Confidence {

  static final double LEVEL = 0.95;

  /** The standard normal quantile for a two-sided 95% interval, 1.95996… */
  static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2);

  private Confidence() {}
}
