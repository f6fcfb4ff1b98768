package org.kaohe.gateway.limits;

import java.util.Map;
import java.util.Optional;
import org.kaohe.platform.web.limits.BodySizeLimit;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A route's own body limit, its metadata's {@code max-body-bytes}, checked before the body is
 * forwarded. A service refuses a body over its limit before reading all of it and closes the
 * connection, which the gateway would otherwise report as an unreachable upstream (502) instead of
 * the service's 413.
 */
final class RouteBodySizeLimitFilter implements GlobalFilter, Ordered {

  static final String METADATA_KEY = "max-body-bytes";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR))
        .map(limit -> limit.apply(exchange).flatMap(chain::filter))
        .orElseGet(() -> chain.filter(exchange));
  }

  @Override
  public int getOrder() {
    return NettyRoutingFilter.ORDER - 1;
  }

  private static Optional<BodySizeLimit> limitOf(Route route) {
    return Optional.ofNullable(route)
        .map(Route::getMetadata)
        .map((Map<String, Object> metadata) -> metadata.get(METADATA_KEY))
        .map(value -> new BodySizeLimit(DataSize.parse(value.toString()).toBytes()));
  }
}
