package org.kaohe.platform.web.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.TokenClaims;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resolves a {@link Caller} controller parameter from the authenticated bearer token. */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return Caller.class.equals(parameter.getParameterType());
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .ofType(JwtAuthenticationToken.class)
        .<Object>map(CallerArgumentResolver::toCaller)
        .switchIfEmpty(Mono.error(CallerArgumentResolver::missingToken));
  }

  // Reached only when an application permits anonymous access to a handler that needs a Caller.
  private static ErrorResponseException missingToken() {
    var error =
        new ErrorResponseException(
            HttpStatus.UNAUTHORIZED,
            ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED, "This endpoint needs a bearer token."),
            null);
    error.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    return error;
  }

  static Caller toCaller(JwtAuthenticationToken token) {
    Set<Role> roles =
        token.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .flatMap(authority -> Role.fromAuthority(authority).stream())
            .collect(Collectors.toSet());
    Optional<String> agency =
        Optional.ofNullable(token.getToken().getClaimAsString(TokenClaims.AGENCY))
            .filter(code -> !code.isBlank());
    return new Caller(token.getName(), agency, roles);
  }
}
