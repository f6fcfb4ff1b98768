package org.kaohe.platform.web.security;

import java.util.List;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 problem+json naming the roles that would have been allowed, when a role rule denied. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

  static final String REQUIRED_ROLES_PROPERTY = "requiredRoles";

  private final ProblemWriter writer;

  ProblemAccessDeniedHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    List<String> required = requiredRoles(denied);
    if (required.isEmpty()) {
      return writer.write(
          exchange,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN, "Your roles do not allow this request."));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "This request needs the role " + String.join(" or ", required) + ".");
    problem.setProperty(REQUIRED_ROLES_PROPERTY, required);
    return writer.write(exchange, problem);
  }

  private static List<String> requiredRoles(AccessDeniedException denied) {
    if (denied instanceof AuthorizationDeniedException deniedByRule
        && deniedByRule.getAuthorizationResult()
            instanceof AuthorityAuthorizationDecision decision) {
      return decision.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority)
          .flatMap(authority -> Role.fromAuthority(authority).stream())
          .map(Role::claimValue)
          .distinct()
          .toList();
    }
    return List.of();
  }
}
