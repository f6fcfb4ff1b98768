package org.kaohe.assessment.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import org.kaohe.assessment.round.domain.InputKind;

/**
 * One stored change of a round: what it changed, in its kind's own terms, and who, for which
 * agency, when and why. As JSON the input's fields stand beside the others, after {@code kind}.
 *
 * @param sequence the event's sequence number within the round, from 0
 * @param eventId the stored event's id
 * @param principal who made the change
 * @param agency for which agency, or null (a reopening is an administrator's)
 * @param recordedAt the stored event's timestamp: what time filters and as-of compare against
 * @param requestId the client's {@code X-Request-Id} (a batch item's id, a spreadsheet row), or
 *     null
 * @param reason why an input was changed or the round reopened, or null
 */
@JsonPropertyOrder({"sequence", "eventId", "kind"})
public record RecordedChange(
    long sequence,
    String eventId,
    @JsonUnwrapped RecordedInput input,
    String principal,
    String agency,
    Instant recordedAt,
    String requestId,
    String reason) {

  /** A score's change, as the history has listed it from the start. */
  public RecordedChange(
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
    this(
        sequence,
        eventId,
        new ScoreChange(indicatorCode, cadreCode, period, previousValue, value),
        principal,
        agency,
        recordedAt,
        requestId,
        reason);
  }

  @JsonProperty("kind")
  public InputKind kind() {
    return input.kind();
  }
}
