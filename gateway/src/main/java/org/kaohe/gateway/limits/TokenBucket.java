package org.kaohe.gateway.limits;

/** A token bucket on a nanosecond clock; not shared across gateway instances. */
final class TokenBucket {

  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long updatedAt;

  TokenBucket(double tokensPerSecond, int capacity, long now) {
    this.capacity = capacity;
    this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes a token and returns 0, or returns the nanoseconds until one will be available. */
  synchronized long tryTake(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / tokensPerNano);
  }

  synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    long elapsed = Math.max(0, now - updatedAt);
    tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
    updatedAt = now;
  }
}
