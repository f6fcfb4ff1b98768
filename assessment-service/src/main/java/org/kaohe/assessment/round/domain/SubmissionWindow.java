package org.kaohe.assessment.round.domain;

import java.time.Instant;

/**
 * When a year's round takes submissions: from {@code opensAt}, until just before {@code closesAt}.
 */
public record SubmissionWindow(Instant opensAt, Instant closesAt) {

  boolean isOpenAt(Instant instant) {
    return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
  }
}
