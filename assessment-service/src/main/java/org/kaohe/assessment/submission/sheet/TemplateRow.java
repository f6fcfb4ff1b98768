package org.kaohe.assessment.submission.sheet;

import java.util.Arrays;
import java.util.List;
import org.kaohe.platform.reference.Scale;

/**
 * One score an agency is to fill in: a unit's (or one of its cadres') indicator, for a half-year
 * period where the indicator has them. {@code cadreCode}, {@code cadreName} and {@code period} are
 * null where they do not apply.
 */
public record TemplateRow(
    String unitCode,
    String unitName,
    String indicatorCode,
    String indicatorName,
    String cadreCode,
    String cadreName,
    String period,
    Scale scale) {

  /** The row's cells in {@link Column} order, the value and correction cells empty. */
  public List<String> cells() {
    return Arrays.asList(
        unitCode,
        unitName,
        indicatorCode,
        indicatorName,
        cadreCode,
        cadreName,
        period,
        null,
        null,
        null);
  }
}
