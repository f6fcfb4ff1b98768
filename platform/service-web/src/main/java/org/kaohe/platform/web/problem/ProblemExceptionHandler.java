package org.kaohe.platform.web.problem;

import org.kaohe.platform.web.batch.TooManyItems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * Turns exceptions raised by controllers into problem+json. Lowest precedence, so an application's
 * own advice wins for the exceptions it handles.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

  static final String ERRORS_PROPERTY = "errors";

  private final UnsupportedContent unsupportedContent;

  ProblemExceptionHandler(UnsupportedContent unsupportedContent) {
    this.unsupportedContent = unsupportedContent;
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    ProblemDetail problem = invalidRequest(status);
    problem.setProperty(ERRORS_PROPERTY, FieldViolation.of(ex.getBindingResult()));
    return handleExceptionInternal(ex, problem, headers, status, exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    ProblemDetail problem = invalidRequest(status);
    problem.setProperty(ERRORS_PROPERTY, FieldViolation.of(ex));
    return handleExceptionInternal(ex, problem, headers, status, exchange);
  }

  @ExceptionHandler
  ProblemDetail invalidFields(InvalidFields invalid) {
    return invalid.toProblem();
  }

  /** A batch with more items than one request may hold: 413, naming the limit. */
  @ExceptionHandler
  ProblemDetail tooMany(TooManyItems tooMany) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooMany.getMessage());
    problem.setProperty("maxItems", tooMany.limit());
    return problem;
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    return UnreadableBody.refusedNumber(ex)
        .map(InvalidFields::toProblem)
        .or(
            () ->
                UnreadableBody.describe(ex)
                    .map(detail -> ProblemDetail.forStatusAndDetail(status, detail)))
        .map(problem -> handleExceptionInternal(ex, problem, headers, status, exchange))
        .orElseGet(() -> super.handleServerWebInputException(ex, headers, status, exchange));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleUnsupportedMediaTypeStatusException(
      UnsupportedMediaTypeStatusException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    return handleExceptionInternal(
        ex, unsupportedContent.problem(exchange, ex), headers, status, exchange);
  }

  // Spring answers a body over a codec's limit with a 413 that names no limit, and a form sent
  // for a body it reads with a 415 that names no content type.
  @Override
  protected Mono<ResponseEntity<Object>> handleResponseStatusException(
      ResponseStatusException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (ex.getCause() instanceof DataBufferLimitException) {
      ProblemDetail problem = ExceptionProblems.forFailure(exchange, ex.getCause());
      return handleExceptionInternal(ex, problem, headers, status, exchange);
    }
    if (UnsupportedContent.applies(status.value())) {
      return handleExceptionInternal(
          ex, unsupportedContent.problem(exchange, ex), headers, status, exchange);
    }
    return super.handleResponseStatusException(ex, headers, status, exchange);
  }

  @ExceptionHandler(Exception.class)
  public Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
    if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
      // Spring Security's exception translation filter answers these with 401/403.
      return Mono.error(ex);
    }
    ProblemDetail problem = ExceptionProblems.forFailure(exchange, ex);
    return handleExceptionInternal(
        ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    Mono<Void> denial = Mono.empty();
    HttpHeaders answered = headers;
    // Without a body of its own, Spring's answer is the exception's.
    Object problemBody =
        body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
    if (problemBody instanceof ProblemDetail problem) {
      denial = Denials.record(exchange, problem);
      if (ex instanceof ErrorResponse) {
        ExceptionProblems.logIfServerError(exchange, ex, problem);
      }
      // Typed here: negotiated, a problem for a client that accepts an event stream would be
      // written as an empty event stream.
      answered = HttpHeaders.copyOf(headers);
      answered.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    return denial.then(super.handleExceptionInternal(ex, body, answered, status, exchange));
  }

  private static ProblemDetail invalidRequest(HttpStatusCode status) {
    return ProblemDetail.forStatusAndDetail(status, "The request is invalid; see errors.");
  }
}
