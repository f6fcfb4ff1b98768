package org.kaohe.assessment.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * An input as it stood (a rating, an evaluation, a finding, the reopening), and who set it when and
 * why. As JSON the input's fields stand beside the others.
 */
public record InputAsOf<T extends RecordedInput>(
    @JsonUnwrapped T input,
    String recordedBy,
    String agency,
    Instant recordedAt,
    long sequence,
    String reason) {

  static <T extends RecordedInput> InputAsOf<T> setBy(RecordedChange change, T input) {
    return new InputAsOf<>(
        input,
        change.principal(),
        change.agency(),
        change.recordedAt(),
        change.sequence(),
        change.reason());
  }
}
