package org.kaohe.assessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyDecisionTest {
  private static final Instant CLAIMED = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration RETENTION = Duration.ofHours(24);
  private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(2);
  private static final StoredResponse CREATED =
      new StoredResponse(201, "application/json", null, new byte[] {'{', '}'});

  @Test
  void theSameRequestCompletedIsReplayed() {
    assertThat(decide(completed("fp"), "fp", CLAIMED.plusSeconds(5)))
        .isEqualTo(new KeyDecision.Replay(CREATED));
  }

  @Test
  void aDifferentRequestIsAMismatchWhetherTheFirstCompletedOrNot() {
    assertThat(decide(completed("fp"), "other", CLAIMED.plusSeconds(5)))
        .isInstanceOf(KeyDecision.Mismatch.class);
    assertThat(decide(inProgress("fp"), "other", CLAIMED.plusSeconds(5)))
        .isInstanceOf(KeyDecision.Mismatch.class);
  }

  @Test
  void theSameRequestStillRunningIsInFlight() {
    assertThat(decide(inProgress("fp"), "fp", CLAIMED.plusSeconds(5)))
        .isInstanceOf(KeyDecision.InFlight.class);
  }

  @Test
  void aRequestAbandonedPastTheProcessingTimeoutIsReclaimed() {
    assertThat(decide(inProgress("fp"), "fp", CLAIMED.plus(PROCESSING_TIMEOUT)))
        .isEqualTo(new KeyDecision.Reclaim("claim-1"));
  }

  @Test
  void anExpiredKeyIsReclaimedEvenForADifferentRequest() {
    Instant expired = CLAIMED.plus(RETENTION);
    assertThat(decide(completed("fp"), "fp", expired))
        .isEqualTo(new KeyDecision.Reclaim("claim-1"));
    assertThat(decide(completed("fp"), "other", expired))
        .isEqualTo(new KeyDecision.Reclaim("claim-1"));
  }

  @Test
  void justBeforeExpiryTheResponseIsStillReplayed() {
    assertThat(decide(completed("fp"), "fp", CLAIMED.plus(RETENTION).minusMillis(1)))
        .isInstanceOf(KeyDecision.Replay.class);
  }

  private static KeyDecision decide(KeyRecord existing, String fingerprint, Instant now) {
    return KeyDecision.about(existing, fingerprint, now, PROCESSING_TIMEOUT);
  }

  private static KeyRecord completed(String fingerprint) {
    return new KeyRecord(
        fingerprint, "claim-1", CLAIMED, CLAIMED.plus(RETENTION), Optional.of(CREATED));
  }

  private static KeyRecord inProgress(String fingerprint) {
    return new KeyRecord(
        fingerprint, "claim-1", CLAIMED, CLAIMED.plus(RETENTION), Optional.empty());
  }
}
