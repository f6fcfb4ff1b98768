package org.kaohe.platform.web.problem;

import java.security.Principal;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Logs every refused request (401, 403, 429) once, with the principal when the token was accepted,
 * the route and the reason the client was given. Never the token or any other header: the reason is
 * the problem's detail, written for the client.
 */
public final class Denials {

  /**
   * Exchange attribute holding the authenticated principal's name, for error handling outside
   * Spring Security's reactive context, where the exchange no longer knows it.
   */
  public static final String PRINCIPAL_ATTRIBUTE = Denials.class.getName() + ".principal";

  static final String ANONYMOUS = "anonymous";

  private static final String LOGGED_ATTRIBUTE = Denials.class.getName() + ".logged";
  private static final Set<Integer> DENIALS = Set.of(401, 403, 429);
  private static final Logger log = LoggerFactory.getLogger(Denials.class);

  private Denials() {}

  static Mono<Void> record(ServerWebExchange exchange, ProblemDetail problem) {
    if (!DENIALS.contains(problem.getStatus())
        || exchange.getAttributes().putIfAbsent(LOGGED_ATTRIBUTE, Boolean.TRUE) != null) {
      return Mono.empty();
    }
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .defaultIfEmpty(exchange.getAttributeOrDefault(PRINCIPAL_ATTRIBUTE, ANONYMOUS))
        .doOnNext(
            principal ->
                log.info(
                    "Denied {} {} {} for {}: {}",
                    problem.getStatus(),
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(),
                    principal,
                    problem.getDetail()))
        .then();
  }
}
