package org.kaohe.platform.web.security;

import java.security.Principal;
import org.kaohe.platform.web.problem.Denials;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the authenticated principal's name in the exchange's attributes as soon as the token is
 * accepted, where error handling outside Spring Security's reactive context can still name it when
 * it logs a denial. First of the filters after authentication.
 */
final class PrincipalAttributeFilter implements AuthenticatedRequestFilter, Ordered {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .filter(Authentication::isAuthenticated)
        .map(Principal::getName)
        .doOnNext(name -> exchange.getAttributes().put(Denials.PRINCIPAL_ATTRIBUTE, name))
        .then(chain.filter(exchange));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
