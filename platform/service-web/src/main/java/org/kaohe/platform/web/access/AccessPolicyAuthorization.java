package org.kaohe.platform.web.access;

import java.util.List;
import org.kaohe.platform.web.Role;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/** Translates an {@link AccessPolicy} into Spring Security rules, in the policy's order. */
public final class AccessPolicyAuthorization {

  private AccessPolicyAuthorization() {}

  public static void apply(AuthorizeExchangeSpec spec, AccessPolicy policy) {
    for (RouteRule rule : policy.rules()) {
      AuthorizeExchangeSpec.Access access = spec.matchers(matcher(rule));
      if (rule.access().anonymous()) {
        access.permitAll();
      } else if (rule.access().roles().isEmpty()) {
        access.denyAll();
      } else {
        access.hasAnyAuthority(
            rule.access().roles().stream().sorted().map(Role::authority).toArray(String[]::new));
      }
    }
  }

  private static ServerWebExchangeMatcher matcher(RouteRule rule) {
    if (rule.methods().isEmpty()) {
      return ServerWebExchangeMatchers.pathMatchers(rule.pathPattern());
    }
    List<ServerWebExchangeMatcher> perMethod =
        rule.methods().stream()
            .sorted()
            .map(method -> ServerWebExchangeMatchers.pathMatchers(method, rule.pathPattern()))
            .toList();
    return perMethod.size() == 1 ? perMethod.get(0) : new OrServerWebExchangeMatcher(perMethod);
  }
}
