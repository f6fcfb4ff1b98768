package org.kaohe.tools.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The local stand-in for an identity provider: HS256-signed JWTs with the claims the gateway and
 * services expect ({@code iss}, {@code aud}, {@code sub}, {@code roles}, optional {@code agency},
 * {@code iat}, {@code exp}).
 */
public final class LocalTokens {

  public static final String DEFAULT_SECRET = "kaohe-local-development-secret-not-for-production";
  public static final String ISSUER = "kaohe-local";
  public static final String AUDIENCE = "kaohe";

  private static final List<String> ROLES =
      List.of("agency", "auditor", "dashboard", "admin", "survey-team");

  /** Roles that act for an agency: the token must name it. */
  private static final List<String> AGENCY_ROLES = List.of("agency", "survey-team");

  private static final int MIN_SECRET_BYTES = 32;

  private LocalTokens() {}

  /**
   * An {@code Authorization} header's value for a token of the local stack's secret, valid for 30
   * minutes from now: what a test sends as the caller it names.
   */
  public static String bearer(String subject, String role, String agencyOrNull) {
    return "Bearer "
        + mint(
            DEFAULT_SECRET, subject, role, agencyOrNull, Duration.ofMinutes(30), Clock.systemUTC());
  }

  /**
   * @param role one of agency, auditor, dashboard, admin, survey-team (case-insensitive)
   * @param agencyOrNull the agency code; required for the agency and survey-team roles
   * @throws IllegalArgumentException for an unknown role, a missing agency code, a blank subject, a
   *     non-positive ttl or a secret shorter than 32 bytes
   */
  public static String mint(
      String secret, String subject, String role, String agencyOrNull, Duration ttl, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    String roleName = validRole(role);
    requireText(subject, "Token subject must not be blank");
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("Token lifetime must be positive, got " + ttl);
    }
    if (agencyOrNull != null) {
      requireText(agencyOrNull, "Agency code must not be blank");
    } else if (AGENCY_ROLES.contains(roleName)) {
      throw new IllegalArgumentException(
          "Role '" + roleName + "' requires an agency code, e.g. PROV-STATS");
    }

    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .claim("roles", List.of(roleName))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)));
    if (agencyOrNull != null) {
      claims.claim("agency", agencyOrNull);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
            claims.build());
    try {
      jwt.sign(new MACSigner(secretBytes(secret)));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the token", e);
    }
    return jwt.serialize();
  }

  private static String validRole(String role) {
    String normalized = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
    if (!ROLES.contains(normalized)) {
      throw new IllegalArgumentException(
          "Unknown role '" + role + "'; expected one of " + String.join(", ", ROLES));
    }
    return normalized;
  }

  private static byte[] secretBytes(String secret) {
    byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "JWT secret must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
    }
    return bytes;
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
