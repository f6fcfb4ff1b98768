package org.kaohe.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One token bucket per key, created on first use. */
final class RateLimiter {

  // Above this many keys, buckets that have refilled completely are dropped: they hold no state.
  static final int MAX_IDLE_KEYS = 10_000;

  private final GatewayLimitsProperties.RateLimit limit;
  private final LongSupplier nanoClock;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(GatewayLimitsProperties.RateLimit limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /** {@link Duration#ZERO} when the request may pass, else how long the caller should wait. */
  Duration acquire(String key) {
    long now = nanoClock.getAsLong();
    if (buckets.size() > MAX_IDLE_KEYS) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    TokenBucket bucket =
        buckets.computeIfAbsent(
            key, ignored -> new TokenBucket(limit.requestsPerSecond(), limit.burst(), now));
    return Duration.ofNanos(bucket.tryTake(now));
  }

  int trackedKeys() {
    return buckets.size();
  }
}
