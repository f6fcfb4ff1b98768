package org.kaohe.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Subject;

/**
 * One score an agency may submit: a unit's indicator in a year, and for a half-year indicator the
 * period.
 *
 * @param period {@code H1} or {@code H2}, or null for an annual indicator
 */
public record ScoreSlot(String unitCode, int year, String indicatorCode, String period) {
  private static final List<String> ANNUAL = Collections.singletonList(null);

  /** Every score the agency may submit for the units of the year, unit by unit. */
  public static List<ScoreSlot> all(ReferenceData reference, String agency, int year) {
    AgencyCode submitter = new AgencyCode(agency);
    List<Indicator> indicators =
        reference.catalogue(year).orElseThrow().indicators().stream()
            .filter(i -> i.maySubmit(submitter) && i.isScoredFor(Subject.UNITS))
            .toList();
    List<ScoreSlot> slots = new ArrayList<>();
    for (AssessedUnit unit : reference.units()) {
      for (Indicator indicator : indicators) {
        if (!indicator.isApplicableTo(unit)) {
          continue;
        }
        List<String> periods = indicator.periodicity().periods();
        for (String period : periods.isEmpty() ? ANNUAL : periods) {
          slots.add(new ScoreSlot(unit.code().value(), year, indicator.code().value(), period));
        }
      }
    }
    return slots;
  }

  /** The body of {@code POST /api/assessment/scores} recording the value for the first time. */
  public String json(String value) {
    return "{\"unitCode\":\""
        + unitCode
        + "\",\"year\":"
        + year
        + ",\"indicatorCode\":\""
        + indicatorCode
        + "\""
        + (period == null ? "" : ",\"period\":\"" + period + "\"")
        + ",\"value\":"
        + value
        + "}";
  }

  /**
   * The body correcting the recorded value {@code replaces} to {@code value}, for the reason given
   * (a plain text without quotes).
   */
  public String correctionJson(String value, String replaces, String reason) {
    String first = json(value);
    return first.substring(0, first.length() - 1)
        + ",\"replaces\":"
        + replaces
        + ",\"reason\":\""
        + reason
        + "\"}";
  }
}
