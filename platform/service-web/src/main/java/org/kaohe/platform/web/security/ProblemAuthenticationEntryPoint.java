package org.kaohe.platform.web.security;

import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.platform.web.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 problem+json with an RFC 6750 {@code WWW-Authenticate: Bearer} challenge. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final ProblemWriter writer;

  ProblemAuthenticationEntryPoint(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    if (failure instanceof OAuth2AuthenticationException rejected) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      return writer.write(exchange, rejectedToken(rejected));
    }
    headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    return writer.write(
        exchange,
        ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "A bearer token is required."));
  }

  private static ProblemDetail rejectedToken(OAuth2AuthenticationException rejected) {
    String reason = validationFailures(rejected).orElse(rejected.getError().getDescription());
    String detail =
        StringUtils.hasText(reason)
            ? "The bearer token was rejected: " + reason
            : "The bearer token was rejected.";
    return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
  }

  // The decoder prefixes the first failure with its own words; the client gets every failure.
  private static Optional<String> validationFailures(Throwable rejected) {
    for (Throwable cause = rejected; cause != null; cause = cause.getCause()) {
      if (cause instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
        return Optional.of(
            invalid.getErrors().stream()
                .map(OAuth2Error::getDescription)
                .collect(Collectors.joining(" ")));
      }
    }
    return Optional.empty();
  }
}
