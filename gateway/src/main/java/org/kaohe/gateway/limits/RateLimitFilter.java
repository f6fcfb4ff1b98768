package org.kaohe.gateway.limits;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.kaohe.platform.web.security.AuthenticatedRequestFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 429 with {@code Retry-After} once a key has used up its bucket: per client address before
 * authentication (a {@link WebFilter} ahead of Spring Security's chain), and per principal between
 * authentication and authorization (an {@link AuthenticatedRequestFilter}), so requests that end in
 * 401 or 403 use up their buckets too.
 */
final class RateLimitFilter implements AuthenticatedRequestFilter {

  // Before Spring Security's filter chain (order -100), after the body size limit (-200).
  static final int BY_ADDRESS_ORDER = -150;

  private final RateLimits limits;
  private final Function<ServerWebExchange, Mono<String>> key;

  private RateLimitFilter(RateLimits limits, Function<ServerWebExchange, Mono<String>> key) {
    this.limits = limits;
    this.key = key;
  }

  static WebFilter byAddress(RateLimits limits) {
    RateLimitFilter byAddress =
        new RateLimitFilter(limits, exchange -> Mono.just(clientAddress(exchange)));
    return new OrderedWebFilter(byAddress, BY_ADDRESS_ORDER);
  }

  static AuthenticatedRequestFilter byPrincipal(RateLimits limits) {
    return new RateLimitFilter(
        limits,
        exchange ->
            ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(Principal::getName));
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return key.apply(exchange)
        .map(limits::acquire)
        .defaultIfEmpty(Duration.ZERO)
        .flatMap(
            wait -> wait.isZero() ? chain.filter(exchange) : Mono.error(tooManyRequests(wait)));
  }

  private record OrderedWebFilter(RateLimitFilter limit, int order) implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return limit.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
      return order;
    }
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
        .map(InetSocketAddress::getAddress)
        .map(address -> address.getHostAddress())
        .orElse("unknown");
  }

  private static ErrorResponseException tooManyRequests(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS,
            "Rate limit exceeded; retry after " + seconds + " second(s).");
    var error = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
    error.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return error;
  }
}
