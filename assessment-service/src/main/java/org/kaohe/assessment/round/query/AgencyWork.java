package org.kaohe.assessment.round.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What one agency has submitted for a year's rounds ({@code submissions}, {@code submitted} of
 * them) and what it still owes ({@code outstanding} inputs, grouped by unit).
 */
public record AgencyWork(
    String agency,
    int year,
    CalendarView calendar,
    int submitted,
    List<Submission> submissions,
    int outstanding,
    List<UnitOutstanding> outstandingByUnit) {

  /**
   * One input the agency recorded: its kind ({@code scores}, {@code ratings}, {@code evaluations},
   * {@code findings}), its key in the round, the unit, and the input's own fields beside them.
   */
  public record Submission(
      String kind, String key, String unitCode, @JsonUnwrapped RecordedInput input) {}

  /** What the agency still owes one unit. */
  public record UnitOutstanding(String unitCode, String unitName, List<MissingInput> missing) {}
}
