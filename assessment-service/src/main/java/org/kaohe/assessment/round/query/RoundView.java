package org.kaohe.assessment.round.query;

import java.util.List;
import java.util.Map;

/**
 * A unit's round as it stands: its calendar, any reopening, every current input keyed as the read
 * model keys it (scores by {@code INDICATOR[@CADRE][/PERIOD]}, ratings by subject, evaluations by
 * subject and rater group, findings by id), and what is still missing per responsible agency.
 */
public record RoundView(
    String roundId,
    String unitCode,
    String unitName,
    int year,
    CalendarView calendar,
    Reopening reopened,
    Map<String, RecordedInput.Score> scores,
    Map<String, RecordedInput.Rating> ratings,
    Map<String, RecordedInput.Evaluation> evaluations,
    Map<String, RecordedInput.Finding> findings,
    Completeness completeness) {

  /** How many inputs the round needs, how many are missing, and whose they are. */
  public record Completeness(
      boolean complete,
      int expected,
      int missing,
      Map<String, List<MissingInput>> missingByAgency) {}

  /** An administrator's reopening of the round after its deadline, until {@code until}. */
  public record Reopening(String until, String reason, String reopenedBy, String reopenedAt) {}
}
