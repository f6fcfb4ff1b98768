package org.kaohe.survey.campaign.domain;

import java.math.BigDecimal;

/**
 * How respondents' weights are raked to a unit's population margins: until every margin is within
 * {@code tolerance} (as a share) or {@code maxIterations} passes, with each weight kept between
 * {@code trimLower} and {@code trimUpper} times the mean weight (re-raked after trimming).
 */
public record WeightingSettings(
    BigDecimal tolerance, int maxIterations, BigDecimal trimLower, BigDecimal trimUpper) {

  /** The settings a campaign gets when it names none. */
  public static final WeightingSettings DEFAULT =
      new WeightingSettings(
          new BigDecimal("0.000001"), 100, new BigDecimal("0.3"), new BigDecimal("3"));
}
