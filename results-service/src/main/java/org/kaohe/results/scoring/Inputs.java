package org.kaohe.results.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The current inputs of one unit or cadre for one year, each with the id of the event it came from.
 * The order of every list is irrelevant: the result is the same for any order.
 *
 * @param scores the indicator scores, half-year ones with their period
 * @param survey the survey service's score of a surveyed unit; null until it arrives
 * @param ballots the democratic evaluation, one tally per rater group
 * @param findings the findings about the unit (or the cadre)
 * @param unitResult a cadre's unit's composite; null for a unit, or until it is computed
 */
public record Inputs(
    List<Score> scores,
    Sourced survey,
    List<Tally> ballots,
    List<Finding> findings,
    Sourced unitResult) {

  public Inputs {
    scores = List.copyOf(scores);
    ballots = List.copyOf(ballots);
    findings = List.copyOf(findings);
  }

  /** An indicator's score; {@code period} is H1 or H2 for a half-year indicator, else null. */
  public record Score(String indicatorCode, String period, BigDecimal value, String eventId) {}

  /** A value another part of the system computed, with the id of the event or result it is. */
  public record Sourced(BigDecimal value, String eventId) {}

  /** How many ballots of one rater group chose each grade. */
  public record Tally(String raterGroup, Map<String, Integer> gradeCounts, String eventId) {
    public Tally {
      gradeCounts = Map.copyOf(gradeCounts);
    }
  }

  /** A finding and the points its reporting agency deducts (null or 0: none). */
  public record Finding(String findingId, String source, BigDecimal deduction, String eventId) {}
}
