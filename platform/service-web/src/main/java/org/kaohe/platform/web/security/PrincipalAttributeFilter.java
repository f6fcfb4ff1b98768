package org.kaohe.platform.web.security;

import java.security.Principal;
import org.kaohe.platform.web.problem.Denials;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the authenticated principal's name in the exchange's attributes, where error handling
 * outside Spring Security's reactive context can still name it when it logs a denial.
 */
final class PrincipalAttributeFilter implements WebFilter, Ordered {

  // Right after Spring Security's filter chain (order -100), which authenticates the request.
  static final int ORDER = -99;

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .doOnNext(name -> exchange.getAttributes().put(Denials.PRINCIPAL_ATTRIBUTE, name))
        .then(chain.filter(exchange));
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
