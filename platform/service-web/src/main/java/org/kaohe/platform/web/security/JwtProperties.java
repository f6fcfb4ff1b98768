package org.kaohe.platform.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How bearer tokens are verified.
 *
 * @param hmacSecret the HS256 key (UTF-8, at least 32 bytes) for local runs
 * @param jwkSetUri the JWK set of the production identity provider; wins over {@code hmacSecret}
 * @param issuer the required {@code iss} claim
 */
@ConfigurationProperties("kaohe.security.jwt")
public record JwtProperties(String hmacSecret, String jwkSetUri, String issuer) {

  public static final String DEFAULT_ISSUER = "kaohe-local";

  public JwtProperties {
    if (!StringUtils.hasText(issuer)) {
      issuer = DEFAULT_ISSUER;
    }
  }
}
