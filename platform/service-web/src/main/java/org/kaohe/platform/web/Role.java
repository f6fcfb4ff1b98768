package org.kaohe.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A role granted by the {@code roles} claim of a bearer token. */
public enum Role {
  AGENCY,
  AUDITOR,
  DASHBOARD,
  ADMIN;

  private static final String AUTHORITY_PREFIX = "ROLE_";

  /** The lowercase name used in the token's {@code roles} claim, e.g. {@code agency}. */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Spring Security authority, e.g. {@code ROLE_AGENCY}. */
  public String authority() {
    return AUTHORITY_PREFIX + name();
  }

  public static Optional<Role> fromClaimValue(String value) {
    return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
  }

  public static Optional<Role> fromAuthority(String authority) {
    return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
  }
}
