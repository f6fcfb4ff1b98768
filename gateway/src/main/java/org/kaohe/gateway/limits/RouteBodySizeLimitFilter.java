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
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The limit of a single JSON document ({@code kaohe.web.max-json-bytes}, the services' own) on the
 * routes whose metadata marks them {@code single-json-body: true}, checked before the body is
 * forwarded. A service refuses a body over its limit before reading all of it and closes the
 * connection, which the gateway would otherwise report as an unreachable upstream (502) instead of
 * the service's 413.
 */
final class RouteBodySizeLimitFilter implements GlobalFilter, Ordered {

  static final String METADATA_KEY = "single-json-body";

  private final BodySizeLimit singleJsonLimit;

  RouteBodySizeLimitFilter(BodySizeLimit singleJsonLimit) {
    this.singleJsonLimit = singleJsonLimit;
  }

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

  private Optional<BodySizeLimit> limitOf(Route route) {
    return Optional.ofNullable(route)
        .map(Route::getMetadata)
        .map((Map<String, Object> metadata) -> metadata.get(METADATA_KEY))
        .filter(marked -> Boolean.parseBoolean(marked.toString()))
        .map(marked -> singleJsonLimit);
  }
}
