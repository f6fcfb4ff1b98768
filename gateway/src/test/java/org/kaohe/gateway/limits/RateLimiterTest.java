package org.kaohe.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RateLimiter limiter =
      new RateLimiter(new GatewayLimitsProperties.RateLimit(2, 3), now::get);

  @Test
  void burstPassesAtOnceThenTheNextRequestMustWait() {
    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isZero();

    assertThat(limiter.acquire("alice")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void tokensRefillAtTheConfiguredRate() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("alice");
    }

    now.addAndGet(Duration.ofMillis(500).toNanos());

    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isPositive();
  }

  @Test
  void eachPrincipalHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("alice");
    }

    assertThat(limiter.acquire("bob")).isZero();
  }

  @Test
  void idleBucketsAreDroppedOnceManyKeysAreTracked() {
    for (int i = 0; i <= RateLimiter.MAX_IDLE_KEYS; i++) {
      limiter.acquire("caller-" + i);
    }
    now.addAndGet(Duration.ofSeconds(2).toNanos());

    limiter.acquire("newcomer");

    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }
}
