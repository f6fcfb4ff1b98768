package org.kaohe.platform.web.security;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A filter run inside the security filter chain, after authentication and before authorization: it
 * sees the principal of every request with an accepted token, including those authorization will
 * refuse. Declare it as a bean; it is not a {@code WebFilter} bean, which would run a second time
 * outside the security chain.
 */
@FunctionalInterface
public interface AuthenticatedRequestFilter {

  Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain);
}
