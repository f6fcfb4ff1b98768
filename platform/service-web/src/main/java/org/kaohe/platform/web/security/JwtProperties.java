package org.kaohe.platform.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How bearer tokens are verified.
 *
 * @param hmacSecret the HS256 key (UTF-8, at least 32 bytes) for local runs
 * @param jwkSetUri the JWK set of the production identity provider; wins over {@code hmacSecret}
 * @param issuer the required {@code iss} claim
 * @param audience the value the {@code aud} claim must contain
 * @param maxLifetime the longest a token may be valid, from {@code iat} (or from now, without one)
 *     to {@code exp}
 * @param clockSkew how far the issuer's clock may differ from ours, for {@code exp}, {@code iat}
 *     and {@code nbf}
 */
@ConfigurationProperties("kaohe.security.jwt")
public record JwtProperties(
    String hmacSecret,
    String jwkSetUri,
    String issuer,
    @DefaultValue(JwtProperties.DEFAULT_AUDIENCE) String audience,
    @DefaultValue("12h") Duration maxLifetime,
    @DefaultValue("60s") Duration clockSkew) {

  public static final String DEFAULT_ISSUER = "kaohe-local";
  public static final String DEFAULT_AUDIENCE = "kaohe";

  public JwtProperties {
    if (!StringUtils.hasText(issuer)) {
      issuer = DEFAULT_ISSUER;
    }
    if (!StringUtils.hasText(audience)) {
      throw new JwtConfigurationException("kaohe.security.jwt.audience must not be blank.");
    }
    if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
      throw new JwtConfigurationException("kaohe.security.jwt.max-lifetime must be positive.");
    }
    if (clockSkew == null || clockSkew.isNegative()) {
      throw new JwtConfigurationException("kaohe.security.jwt.clock-skew must not be negative.");
    }
  }
}
