package org.kaohe.platform.web.validation;

import java.util.List;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;
import org.kaohe.platform.web.problem.ProblemWriter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose {@value #HEADER} is not {@link FreeText}: the id is stored with every
 * change the request makes and shown in the audit history, so it is held to the rule of any text a
 * client writes. Runs after authentication, so an anonymous request is answered 401 as before.
 */
public final class RequestIdCheck implements WebFilter {
  public static final String HEADER = "X-Request-Id";
  public static final int MAX_LENGTH = 100;

  private final ProblemWriter problems;

  public RequestIdCheck(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    List<String> ids = exchange.getRequest().getHeaders().getOrEmpty(HEADER);
    for (String id : ids) {
      var violation = FreeTextRule.violation(id, MAX_LENGTH);
      if (violation.isPresent()) {
        return problems.write(
            exchange, new InvalidFields(new FieldViolation(HEADER, violation.get())).toProblem());
      }
    }
    return chain.filter(exchange);
  }
}
