package org.kaohe.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key (a client address or a principal), kept in a Caffeine cache
 * bounded in size: a flood of new keys evicts the least recently used buckets instead of growing
 * memory, and a bucket idle long enough to have refilled is dropped, as it holds no state.
 */
final class RateLimits {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final Bandwidth bandwidth;
  private final Cache<String, Bucket> buckets;

  RateLimits(GatewayLimitsProperties.RateLimit limit, long maxKeys) {
    Duration refillOne =
        Duration.ofNanos(Math.max(1, Math.round(NANOS_PER_SECOND / limit.requestsPerSecond())));
    this.bandwidth = Bandwidth.builder().capacity(limit.burst()).refillGreedy(1, refillOne).build();
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(maxKeys)
            .expireAfterAccess(refillOne.multipliedBy(limit.burst()))
            .build();
  }

  /** {@link Duration#ZERO} when the request may pass, else how long the caller should wait. */
  Duration acquire(String key) {
    ConsumptionProbe probe =
        buckets
            .get(key, ignored -> Bucket.builder().addLimit(bandwidth).build())
            .tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
  }
}
