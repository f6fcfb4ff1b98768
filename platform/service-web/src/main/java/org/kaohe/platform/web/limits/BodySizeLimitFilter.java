package org.kaohe.platform.web.limits;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Applies the application's {@link BodySizeLimit} to every request. */
final class BodySizeLimitFilter implements WebFilter, Ordered {

  // Before Spring Security (order -100): an oversized upload is refused before any other work.
  static final int ORDER = -200;

  private final BodySizeLimit limit;

  BodySizeLimitFilter(BodySizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return limit.apply(exchange).flatMap(chain::filter);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
