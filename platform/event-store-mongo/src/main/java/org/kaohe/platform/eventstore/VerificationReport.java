package org.kaohe.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The outcome of verifying hash chains. {@code firstBrokenLink} is null for a clean store; {@code
 * headHashes} are the hashes of the latest verified event per aggregate, which an auditor can
 * record and compare later (a deleted latest event leaves no broken link, only a different head);
 * {@code unexplainedGaps} counts global indices that are neither stored nor recorded as abandoned.
 */
public record VerificationReport(
    long eventsVerified,
    BrokenLink firstBrokenLink,
    Map<String, String> headHashes,
    long unexplainedGaps) {

  @JsonProperty("intact")
  public boolean intact() {
    return firstBrokenLink == null && unexplainedGaps == 0;
  }
}
