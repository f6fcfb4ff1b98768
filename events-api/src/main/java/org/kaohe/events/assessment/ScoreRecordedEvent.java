package org.kaohe.events.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

/**
 * An agency recorded a score for one indicator of a unit's annual round. {@code previousValue} is
 * the value it replaced, or null for the first score of that indicator; {@code reason} says why a
 * recorded score was changed, or is null.
 *
 * <p>Revision 2 added {@code reason}; stored revision-1 events are upcast with a null reason.
 */
@Revision("2")
public record ScoreRecordedEvent(
    String roundId,
    UnitCode unitCode,
    int year,
    IndicatorCode indicatorCode,
    BigDecimal value,
    BigDecimal previousValue,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt,
    String reason)
    implements UnitEvent {

  /** A score recorded without a stated reason. */
  public ScoreRecordedEvent(
      String roundId,
      UnitCode unitCode,
      int year,
      IndicatorCode indicatorCode,
      BigDecimal value,
      BigDecimal previousValue,
      String recordedBy,
      AgencyCode agency,
      Instant recordedAt) {
    this(
        roundId,
        unitCode,
        year,
        indicatorCode,
        value,
        previousValue,
        recordedBy,
        agency,
        recordedAt,
        null);
  }
}
