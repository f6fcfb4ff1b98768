package org.kaohe.assessment.round.domain;

import org.kaohe.events.ids.CadreCode;

/**
 * How a round names who an input is about: {@code UNIT}, or the cadre's code; and a rater group's
 * evaluation of them, e.g. {@code UNIT:CADRES}. The round's own state, its read model and the
 * audit's view of a past round key their inputs the same way; messages describe the subject in
 * words instead ({@link #describe}), so wording can change without touching stored state.
 */
public final class Subjects {
  static final String UNIT = "UNIT";

  private Subjects() {}

  public static String key(CadreCode cadre) {
    return cadre == null ? UNIT : cadre.value();
  }

  public static String key(String cadreCode) {
    return cadreCode == null ? UNIT : cadreCode;
  }

  /** One rater group's evaluation of a subject: a later one of the same group replaces it. */
  public static String evaluationKey(String cadreCode, String raterGroup) {
    return key(cadreCode) + ":" + raterGroup;
  }

  public static String evaluationKey(CadreCode cadre, String raterGroup) {
    return key(cadre) + ":" + raterGroup;
  }

  /** The subject for messages: {@code the unit} or {@code cadre C-620100-1}. */
  static String describe(CadreCode cadre) {
    return cadre == null ? "the unit" : "cadre " + cadre.value();
  }
}
