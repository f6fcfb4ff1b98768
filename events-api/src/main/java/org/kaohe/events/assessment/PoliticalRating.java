package org.kaohe.events.assessment;

/**
 * The political-quality rating (政治素质) of a unit or cadre. Anything but {@link #GOOD} removes
 * eligibility for the top grade; {@link #AVERAGE} and {@link #POOR} lower the annual grade.
 */
public enum PoliticalRating {
  /** 好. */
  GOOD,
  /** 较好. */
  FAIRLY_GOOD,
  /** 一般. */
  AVERAGE,
  /** 较差. */
  POOR
}
