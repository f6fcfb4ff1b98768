package org.kaohe.platform.web.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kaohe.platform.web.Role;

/**
 * Who a {@link RouteRule} lets through: anyone, even without a token ({@link #PUBLIC}); nobody
 * ({@link #NOBODY}); or a bearer of one of the {@code roles}.
 *
 * @param anonymous whether a request without a token is let through
 * @param roles the roles let through; empty with {@code anonymous} false means nobody
 */
public record Access(boolean anonymous, Set<Role> roles) {

  public static final Access PUBLIC = new Access(true, Set.of());
  public static final Access NOBODY = new Access(false, Set.of());

  public Access {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (anonymous && !roles.isEmpty()) {
      throw new IllegalArgumentException("public access names no roles, got " + roles);
    }
  }

  public static Access anyOf(Role... roles) {
    if (roles.length == 0) {
      throw new IllegalArgumentException("name at least one role, or use Access.NOBODY");
    }
    return new Access(false, Set.of(roles));
  }

  public boolean allows(Role role) {
    return anonymous || roles.contains(role);
  }

  /**
   * The roles in declaration order of {@link Role}, as the token's {@code roles} claim names them.
   */
  public List<String> claimValues() {
    return Arrays.stream(Role.values()).filter(roles::contains).map(Role::claimValue).toList();
  }

  /** One line for people: {@code public}, {@code nobody} or {@code agency, admin}. */
  public String describe() {
    if (anonymous) {
      return "public (no token needed)";
    }
    return roles.isEmpty() ? "nobody" : String.join(", ", claimValues());
  }
}
