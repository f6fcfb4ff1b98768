package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * An agency records the score of one indicator in a unit's round: for the unit, or for one of its
 * cadres ({@code cadreCode}); for the year, or for a half-year {@code period}. To correct a
 * recorded score, {@code replaces} names the value it replaces and {@code reason} says why. {@code
 * window} is when the round takes submissions, from its calendar.
 */
public record RecordScoreCommand(
    @TargetAggregateIdentifier RoundId roundId,
    UnitCode unitCode,
    int year,
    IndicatorCode indicatorCode,
    CadreCode cadreCode,
    String period,
    BigDecimal value,
    BigDecimal replaces,
    String reason,
    Submitter submitter,
    SubmissionWindow window) {

  public ScoreKey key() {
    return new ScoreKey(indicatorCode, cadreCode, period);
  }

  public static RecordScoreCommand forUnit(
      UnitCode unitCode,
      int year,
      IndicatorCode indicatorCode,
      BigDecimal value,
      Submitter submitter,
      SubmissionWindow window) {
    return new RecordScoreCommand(
        RoundId.of(unitCode, year),
        unitCode,
        year,
        indicatorCode,
        null,
        null,
        value,
        null,
        null,
        submitter,
        window);
  }
}
