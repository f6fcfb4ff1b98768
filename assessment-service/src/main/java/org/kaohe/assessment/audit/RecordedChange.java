package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.time.Instant;
import org.kaohe.assessment.round.domain.ScoreKey;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;

/**
 * One stored score change of a round.
 *
 * @param sequence the event's sequence number within the round, from 0
 * @param eventId the stored event's id
 * @param previousValue the value it replaced, or null for the indicator's first score
 * @param recordedAt the stored event's timestamp: what time filters and as-of compare against
 * @param requestId the client's {@code X-Request-Id}, or null
 * @param reason why the score was changed, or null
 */
public record RecordedChange(
    long sequence,
    String eventId,
    String indicatorCode,
    String cadreCode,
    String period,
    BigDecimal previousValue,
    BigDecimal value,
    String principal,
    String agency,
    Instant recordedAt,
    String requestId,
    String reason) {

  /** What the change is a score of: indicator, cadre and period, as the round keys it. */
  public String scoreKey() {
    return new ScoreKey(
            new IndicatorCode(indicatorCode),
            cadreCode == null ? null : new CadreCode(cadreCode),
            period)
        .text();
  }
}
