package org.kaohe.gateway.limits;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Answers 429 with {@code Retry-After} once a principal has used up its token bucket. */
final class RateLimitFilter implements WebFilter, Ordered {

  // After Spring Security's filter chain (order -100), so the principal is known.
  static final int ORDER = 0;

  private final RateLimiter limiter;

  RateLimitFilter(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .map(name -> "principal:" + name)
        .defaultIfEmpty("address:" + clientAddress(exchange))
        .flatMap(
            key -> {
              Duration wait = limiter.acquire(key);
              return wait.isZero() ? chain.filter(exchange) : Mono.error(tooManyRequests(wait));
            });
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
        .map(InetSocketAddress::getHostString)
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
