package org.kaohe.gateway.limits;

import org.kaohe.platform.web.limits.BodySizeLimit;
import org.kaohe.platform.web.limits.WebLimitsProperties;
import org.kaohe.platform.web.security.AuthenticatedRequestFilter;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

@Configuration(proxyBeanMethods = false)
class GatewayLimitsConfiguration {

  @Bean
  WebFilter addressRateLimitFilter(GatewayLimitsProperties limits) {
    return RateLimitFilter.byAddress(
        new RateLimits(limits.addressRateLimit(), limits.maxTrackedKeys()));
  }

  @Bean
  AuthenticatedRequestFilter principalRateLimitFilter(GatewayLimitsProperties limits) {
    return RateLimitFilter.byPrincipal(new RateLimits(limits.rateLimit(), limits.maxTrackedKeys()));
  }

  @Bean
  GlobalFilter routeBodySizeLimitFilter(WebLimitsProperties webLimits) {
    return new RouteBodySizeLimitFilter(new BodySizeLimit(webLimits.maxJsonBytes().toBytes()));
  }
}
