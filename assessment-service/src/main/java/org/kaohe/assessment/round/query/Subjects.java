package org.kaohe.assessment.round.query;

import org.kaohe.events.ids.CadreCode;

/**
 * How the read model names who an input is about: {@code UNIT}, or the cadre's code; and a rater
 * group's evaluation of them, e.g. {@code UNIT:CADRES}. The audit's view of a past round names them
 * the same way.
 */
public final class Subjects {
  static final String UNIT = "UNIT";

  private Subjects() {}

  static String key(CadreCode cadre) {
    return cadre == null ? UNIT : cadre.value();
  }

  public static String key(String cadreCode) {
    return cadreCode == null ? UNIT : cadreCode;
  }

  /** One rater group's evaluation of a subject: a later one of the same group replaces it. */
  public static String evaluationKey(String cadreCode, String raterGroup) {
    return key(cadreCode) + ":" + raterGroup;
  }
}
