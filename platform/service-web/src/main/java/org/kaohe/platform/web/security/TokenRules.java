package org.kaohe.platform.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.util.StringUtils;

/**
 * The claims every accepted token must carry, checked after its signature: {@code sub}, the
 * configured {@code iss} and {@code aud}, an {@code exp} not passed, no {@code iat} or {@code nbf}
 * in the future, and a lifetime no longer than the configured maximum, all on the injected clock
 * with the configured skew. A token without {@code exp} would never expire, and one valid for years
 * is as good as one that never expires, so both are refused.
 */
final class TokenRules implements OAuth2TokenValidator<Jwt> {

  static final String NO_SUBJECT = "The token has no subject (sub).";
  static final String WRONG_ISSUER = "The token's issuer (iss) is not accepted.";
  static final String WRONG_AUDIENCE = "The token's audience (aud) is not accepted.";
  static final String NO_EXPIRY = "The token has no expiry (exp).";
  static final String EXPIRED = "The token has expired.";
  static final String ISSUED_IN_FUTURE = "The token is issued in the future (iat).";
  static final String NOT_YET_VALID = "The token is not valid yet (nbf).";

  private final JwtProperties properties;
  private final Clock clock;

  TokenRules(JwtProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  static String tooLong(Duration maxLifetime) {
    return "The token's lifetime exceeds the maximum of " + maxLifetime + ".";
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    List<OAuth2Error> errors = new ArrayList<>();
    if (!StringUtils.hasText(token.getSubject())) {
      errors.add(invalid(NO_SUBJECT));
    }
    // Read as text: the local issuer's name is not a URL, which Jwt#getIssuer insists on.
    if (!properties.issuer().equals(token.getClaimAsString(JwtClaimNames.ISS))) {
      errors.add(invalid(WRONG_ISSUER));
    }
    if (token.getAudience() == null || !token.getAudience().contains(properties.audience())) {
      errors.add(invalid(WRONG_AUDIENCE));
    }
    timestamps(token, errors);
    return OAuth2TokenValidatorResult.failure(errors);
  }

  private void timestamps(Jwt token, List<OAuth2Error> errors) {
    Instant now = clock.instant();
    Instant latestAcceptable = now.plus(properties.clockSkew());
    Instant issuedAt = token.getIssuedAt();
    if (issuedAt != null && issuedAt.isAfter(latestAcceptable)) {
      errors.add(invalid(ISSUED_IN_FUTURE));
    }
    if (token.getNotBefore() != null && token.getNotBefore().isAfter(latestAcceptable)) {
      errors.add(invalid(NOT_YET_VALID));
    }
    Instant expiresAt = token.getExpiresAt();
    if (expiresAt == null) {
      errors.add(invalid(NO_EXPIRY));
      return;
    }
    if (expiresAt.isBefore(now.minus(properties.clockSkew()))) {
      errors.add(invalid(EXPIRED));
    }
    // Without iat, the lifetime left is what counts, with the skew the issuer's clock may have.
    Duration lifetime =
        issuedAt == null
            ? Duration.between(now, expiresAt).minus(properties.clockSkew())
            : Duration.between(issuedAt, expiresAt);
    if (lifetime.compareTo(properties.maxLifetime()) > 0) {
      errors.add(invalid(tooLong(properties.maxLifetime())));
    }
  }

  private static OAuth2Error invalid(String description) {
    return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
  }
}
