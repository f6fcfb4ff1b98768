package org.kaohe.assessment.submission.sheet;

import java.util.List;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorGroup;

/**
 * What one agency fills in for one indicator group of a year: the group's indicators it may submit
 * and a row for every score they call for.
 */
public record Template(
    int year,
    String agency,
    IndicatorGroup group,
    List<Indicator> indicators,
    List<TemplateRow> rows) {

  public Template {
    indicators = List.copyOf(indicators);
    rows = List.copyOf(rows);
  }

  /** E.g. {@code PROV-STATS-HQD-2026.xlsx}. */
  public String filename(String extension) {
    return agency + "-" + group.code() + "-" + year + "." + extension;
  }
}
