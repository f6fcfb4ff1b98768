package org.kaohe.assessment.idempotency;

import java.time.Duration;
import java.time.Instant;

/** What a request with a key does: proceed under its claim, or answer from what the key holds. */
public sealed interface KeyDecision {

  /** The key is this request's now: process it. */
  record Proceed(String claimId) implements KeyDecision {}

  /** The same request completed before: answer with its response. */
  record Replay(StoredResponse response) implements KeyDecision {}

  /** The key was used for a different request. */
  record Mismatch() implements KeyDecision {}

  /** The same request is still being processed. */
  record InFlight() implements KeyDecision {}

  /** The record has expired, or its request was abandoned: replace the claim and process. */
  record Reclaim(String staleClaimId) implements KeyDecision {}

  /** The decision for a request meeting a recorded key. */
  static KeyDecision about(
      KeyRecord existing, String fingerprint, Instant now, Duration processingTimeout) {
    if (!existing.expiresAt().isAfter(now)) {
      return new Reclaim(existing.claimId());
    }
    if (!existing.fingerprint().equals(fingerprint)) {
      return new Mismatch();
    }
    if (existing.response().isPresent()) {
      return new Replay(existing.response().get());
    }
    if (!existing.claimedAt().plus(processingTimeout).isAfter(now)) {
      return new Reclaim(existing.claimId());
    }
    return new InFlight();
  }
}
