package org.kaohe.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A role granted by the {@code roles} claim of a bearer token. */
public enum Role {
  AGENCY,
  AUDITOR,
  DASHBOARD,
  ADMIN,
  /** A survey team: sends the responses of the campaigns and units it is assigned. */
  SURVEY_TEAM;

  private static final String AUTHORITY_PREFIX = "ROLE_";

  /**
   * The name used in the token's {@code roles} claim: lowercase, words joined by '-', e.g. {@code
   * agency}, {@code survey-team}.
   */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
