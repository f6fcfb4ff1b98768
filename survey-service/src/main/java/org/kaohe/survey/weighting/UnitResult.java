package org.kaohe.survey.weighting;

/**
 * A unit's survey result: an {@link UnitEstimate}, or a {@link UnitNotEstimated} with the reason.
 */
public sealed interface UnitResult permits UnitEstimate, UnitNotEstimated {

  String unitCode();

  /** The counted responses of the unit. */
  int respondents();

  int quota();

  /** Whether the unit has at least its quota of counted responses. */
  default boolean quotaMet() {
    return respondents() >= quota();
  }
}
