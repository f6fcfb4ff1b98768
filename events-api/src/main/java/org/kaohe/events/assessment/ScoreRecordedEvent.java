package org.kaohe.events.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * An agency recorded a score for one indicator of a unit's annual round: for the unit itself, or
 * for one of its cadres when {@code cadreCode} is set; for the whole year, or for one half-year
 * period ({@code H1}, {@code H2}) of the regular assessment when {@code period} is set. {@code
 * previousValue} is the value it replaced, or null for the first score; {@code reason} says why a
 * recorded score was changed, or is null.
 *
 * <p>Revision 2 added {@code reason}; revision 3 added {@code cadreCode} and {@code period}. Stored
 * older revisions are upcast: a null reason, a unit's annual score.
 */
@Revision("3")
public record ScoreRecordedEvent(
    RoundId roundId,
    UnitCode unitCode,
    int year,
    IndicatorCode indicatorCode,
    CadreCode cadreCode,
    String period,
    BigDecimal value,
    BigDecimal previousValue,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt,
    String reason)
    implements UnitEvent {

  /** A unit's annual score. */
  public ScoreRecordedEvent(
      RoundId roundId,
      UnitCode unitCode,
      int year,
      IndicatorCode indicatorCode,
      BigDecimal value,
      BigDecimal previousValue,
      String recordedBy,
      AgencyCode agency,
      Instant recordedAt,
      String reason) {
    this(
        roundId,
        unitCode,
        year,
        indicatorCode,
        null,
        null,
        value,
        previousValue,
        recordedBy,
        agency,
        recordedAt,
        reason);
  }

  /** A unit's annual score recorded without a stated reason. */
  public ScoreRecordedEvent(
      RoundId roundId,
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

  /** True for a score of the unit itself rather than of one of its cadres. */
  @JsonIgnore
  public boolean isForUnit() {
    return cadreCode == null;
  }

  /** True for a score of the whole year rather than of a half-year period. */
  @JsonIgnore
  public boolean isAnnual() {
    return period == null;
  }
}
