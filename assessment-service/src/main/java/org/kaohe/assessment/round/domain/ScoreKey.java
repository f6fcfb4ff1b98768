package org.kaohe.assessment.round.domain;

import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;

/**
 * What one score is of: an indicator, for the unit or one cadre, for the year or one period. Its
 * text form, e.g. {@code REGULAR-HALF-YEAR@C-620100-1/H1}, keys the round's scores.
 */
public record ScoreKey(IndicatorCode indicatorCode, CadreCode cadreCode, String period) {

  /**
   * The key of a score named by its codes as text; {@code cadreCode} and {@code period} may be
   * null.
   */
  public static ScoreKey of(String indicatorCode, String cadreCode, String period) {
    return new ScoreKey(
        new IndicatorCode(indicatorCode),
        cadreCode == null ? null : new CadreCode(cadreCode),
        period);
  }

  public String text() {
    return indicatorCode.value()
        + (cadreCode == null ? "" : "@" + cadreCode.value())
        + (period == null ? "" : "/" + period);
  }

  /** For messages, e.g. {@code REGULAR-HALF-YEAR for cadre C-620100-1 in H1}. */
  public String describe() {
    return indicatorCode.value()
        + (cadreCode == null ? "" : " for cadre " + cadreCode.value())
        + (period == null ? "" : " in " + period);
  }
}
