package org.kaohe.assessment.round.query;

import org.kaohe.events.ids.CadreCode;

/** How the read model names who an input is about: {@code UNIT}, or the cadre's code. */
final class Subjects {
  static final String UNIT = "UNIT";

  private Subjects() {}

  static String key(CadreCode cadre) {
    return cadre == null ? UNIT : cadre.value();
  }

  static String key(String cadreCode) {
    return cadreCode == null ? UNIT : cadreCode;
  }
}
