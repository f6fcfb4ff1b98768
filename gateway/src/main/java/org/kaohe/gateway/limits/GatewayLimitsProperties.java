package org.kaohe.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodyBytes the largest request body accepted; a plain number means bytes
 * @param rateLimit the token bucket applied per principal (per client address when anonymous)
 */
@ConfigurationProperties("kaohe.gateway")
public record GatewayLimitsProperties(
    @DefaultValue("10MB") DataSize maxBodyBytes, @DefaultValue RateLimit rateLimit) {

  /**
   * @param requestsPerSecond the sustained rate at which tokens refill
   * @param burst the bucket capacity: how many requests may arrive at once
   */
  public record RateLimit(
      @DefaultValue("50") double requestsPerSecond, @DefaultValue("100") int burst) {

    public RateLimit {
      if (requestsPerSecond <= 0 || burst < 1) {
        throw new IllegalArgumentException(
            "kaohe.gateway.rate-limit needs requests-per-second > 0 and burst >= 1");
      }
    }
  }
}
