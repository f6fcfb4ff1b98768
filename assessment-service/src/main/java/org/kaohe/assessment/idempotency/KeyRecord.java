package org.kaohe.assessment.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * What is remembered of a key's first use.
 *
 * @param claimId tells apart successive claims of one key, so only the current claimant completes
 *     or releases it
 * @param response empty while the request is being processed
 */
public record KeyRecord(
    String fingerprint,
    String claimId,
    Instant claimedAt,
    Instant expiresAt,
    Optional<StoredResponse> response) {}
