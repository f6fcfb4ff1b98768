package org.kaohe.platform.reference.scheme;

/**
 * Every rule a scheme must keep, by the stable code each problem names. The weights come from the
 * province's rules (the domain guide); the rest keeps a scheme computable and every input counted
 * once.
 */
public enum SchemeRule {
  /** The file's fields and values: what is required, what each must be. */
  SCHEME_FORMAT,
  /** The scheme's year has an indicator catalogue. */
  NO_CATALOGUE,
  /** Every unit falls under exactly one unit tree; each cadre role has a tree. */
  UNIT_TREES,
  /** The weights of a node's components sum to exactly 1. */
  WEIGHTS_SUM_TO_ONE,
  /** Every weight is above 0 and at most 1. */
  WEIGHT_RANGE,
  /** The regular assessment is a top-level component weighing 30 % of the annual score. */
  REGULAR_30_PERCENT,
  /** The survey weighs 5 % of a surveyed unit's annual score; cadres have no survey component. */
  SURVEY_5_PERCENT,
  /** A tree with a survey names the top-level component that takes its weight without one. */
  SURVEY_SHARE_TARGET,
  /** Every unit tree has one node coded HQD, its high-quality development. */
  HQD_NODE,
  /** For cities, high-quality development weighs 55 % to 70 % of the performance node. */
  CITY_HQD_SHARE,
  /** Each city type weighs its own emphasis more than the other two types do. */
  CITY_TYPE_EMPHASIS,
  /** For counties, rural revitalization and the "strong county" action weigh 60 % of HQD. */
  COUNTY_RURAL_STRONG_60,
  /** An indicator leaf names an indicator of the year's catalogue. */
  UNKNOWN_INDICATOR,
  /** An indicator leaf is annual, scored for the tree's subject and applies to its units. */
  INDICATOR_NOT_APPLICABLE,
  /** Every indicator that applies to a tree's units or cadres has a weight in it. */
  INDICATOR_WITHOUT_WEIGHT,
  /** No indicator or source enters one tree twice. */
  INPUT_COUNTED_TWICE,
  /** A source is used only for the subject it exists for: UNIT_RESULT for cadres. */
  SOURCE_NOT_FOR_SUBJECT,
  /** The components of one tree have distinct codes, so that an explanation names each once. */
  COMPONENT_CODES_UNIQUE,
  /** Shares, thresholds, bands, points and caps are within their ranges and grade scales. */
  PARAMETERS;

  /** A problem's text as reported: {@code RULE: what is wrong}. */
  public String says(String message) {
    return name() + ": " + message;
  }
}
