package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

/**
 * An agency records (or replaces) the score of one indicator in a unit's round; {@code reason}, if
 * any, says why.
 */
public record RecordScoreCommand(
    @TargetAggregateIdentifier String roundId,
    UnitCode unitCode,
    int year,
    IndicatorCode indicatorCode,
    BigDecimal value,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt,
    String reason) {

  public RecordScoreCommand(
      UnitCode unitCode,
      int year,
      IndicatorCode indicatorCode,
      BigDecimal value,
      String recordedBy,
      AgencyCode agency,
      Instant recordedAt,
      String reason) {
    this(
        RoundId.of(unitCode, year),
        unitCode,
        year,
        indicatorCode,
        value,
        recordedBy,
        agency,
        recordedAt,
        reason);
  }
}
