package org.kaohe.results.grading;

/** The rules that decide a grade, by the stable code every result names them with. */
public enum GradeRule {
  /** Political quality rated anything but GOOD rules EXCELLENT out. */
  POLITICAL_QUALITY_NOT_GOOD,
  /** A regular-assessment score below the scheme's threshold (90) rules EXCELLENT out. */
  REGULAR_BELOW_THRESHOLD,
  /** A confirmed one-vote veto rules EXCELLENT out; a proposed or rejected one does nothing. */
  VETO_CONFIRMED,
  /**
   * A unit whose high-quality development is not outstanding in its peer group is not EXCELLENT.
   */
  HQD_NOT_OUTSTANDING,
  /** Political quality AVERAGE or POOR lowers the grade by the scheme's levels. */
  POLITICAL_QUALITY_LOWERS_GRADE,
  /** A confirmed veto caps the grade, when the scheme says so. */
  VETO_CAPS_GRADE
}
