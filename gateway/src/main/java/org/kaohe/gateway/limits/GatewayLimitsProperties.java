package org.kaohe.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param addressRateLimit the bucket applied per client address, before authentication, so requests
 *     that end in 401 or 403 are limited too
 * @param rateLimit the bucket applied per authenticated principal
 * @param maxTrackedKeys how many addresses and principals each limit keeps a bucket for; the least
 *     recently seen are forgotten first
 */
@ConfigurationProperties("kaohe.gateway")
public record GatewayLimitsProperties(
    @DefaultValue RateLimit addressRateLimit,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue("100000") long maxTrackedKeys) {

  public GatewayLimitsProperties {
    if (maxTrackedKeys < 1) {
      throw new IllegalArgumentException("kaohe.gateway.max-tracked-keys must be at least 1");
    }
  }

  /**
   * @param requestsPerSecond the sustained rate at which the bucket refills
   * @param burst the bucket capacity: how many requests may arrive at once
   */
  public record RateLimit(
      @DefaultValue("50") double requestsPerSecond, @DefaultValue("100") int burst) {

    public RateLimit {
      if (requestsPerSecond <= 0 || burst < 1) {
        throw new IllegalArgumentException(
            "a kaohe.gateway rate limit needs requests-per-second > 0 and burst >= 1");
      }
    }
  }
}
