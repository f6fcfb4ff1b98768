package org.kaohe.platform.web;

/**
 * Names of the bearer-token claims Kaohe reads, besides the standard {@code sub} and {@code iss}.
 */
public final class TokenClaims {

  /** JSON array of lowercase role names, see {@link Role#claimValue()}. */
  public static final String ROLES = "roles";

  /** Optional agency code of the caller. */
  public static final String AGENCY = "agency";

  private TokenClaims() {}
}
