package org.kaohe.platform.web;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of a request. Declare it as a controller method parameter to receive it,
 * e.g. {@code Mono<X> record(@Valid @RequestBody R body, Caller caller)}.
 *
 * @param principal the token subject
 * @param agency the agency code, when the token carries one
 * @param roles the recognised roles of the token
 */
public record Caller(String principal, Optional<String> agency, Set<Role> roles) {

  public Caller {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(agency, "agency");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
