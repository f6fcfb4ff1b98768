package org.kaohe.gateway.limits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

@Configuration(proxyBeanMethods = false)
class GatewayLimitsConfiguration {

  @Bean
  WebFilter bodySizeLimitFilter(GatewayLimitsProperties limits) {
    return new BodySizeLimitFilter(limits.maxBodyBytes().toBytes());
  }

  @Bean
  WebFilter rateLimitFilter(GatewayLimitsProperties limits) {
    return new RateLimitFilter(new RateLimiter(limits.rateLimit(), System::nanoTime));
  }
}
