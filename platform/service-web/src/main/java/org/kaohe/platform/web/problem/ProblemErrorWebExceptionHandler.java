package org.kaohe.platform.web.problem;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Renders problem+json for failures that never reach a controller: no route, an unreachable
 * upstream behind the gateway, errors raised by web filters. Ordered before Boot's default handler,
 * which it replaces.
 */
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

  static final int ORDER = -2;

  private final ProblemWriter writer;
  private final UnsupportedContent unsupportedContent;

  ProblemErrorWebExceptionHandler(ProblemWriter writer, UnsupportedContent unsupportedContent) {
    this.writer = writer;
    this.unsupportedContent = unsupportedContent;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    return writer.write(exchange, toProblem(exchange, failure));
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  private ProblemDetail toProblem(ServerWebExchange exchange, Throwable failure) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    if (failure instanceof ErrorResponse response) {
      headers.addAll(response.getHeaders());
      if (UnsupportedContent.applies(response.getStatusCode().value())) {
        return unsupportedContent.problem(exchange, failure);
      }
      return ExceptionProblems.logIfServerError(exchange, failure, response.getBody());
    }
    if (failure instanceof AccessDeniedException) {
      return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Access denied.");
    }
    if (failure instanceof AuthenticationException) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      return ProblemDetail.forStatusAndDetail(
          HttpStatus.UNAUTHORIZED, "A bearer token is required.");
    }
    return ExceptionProblems.forFailure(exchange, failure);
  }
}
