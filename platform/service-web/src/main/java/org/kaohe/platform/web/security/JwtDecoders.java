package org.kaohe.platform.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/** Builds the token decoder from {@link JwtProperties}, refusing an unusable configuration. */
final class JwtDecoders {

  static final int MIN_HMAC_SECRET_BYTES = 32;

  private JwtDecoders() {}

  static ReactiveJwtDecoder fromProperties(JwtProperties properties, Clock clock) {
    NimbusReactiveJwtDecoder decoder = keyedDecoder(properties);
    decoder.setJwtValidator(new TokenRules(properties, clock));
    return decoder;
  }

  private static NimbusReactiveJwtDecoder keyedDecoder(JwtProperties properties) {
    if (StringUtils.hasText(properties.jwkSetUri())) {
      return NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
    }
    if (!StringUtils.hasText(properties.hmacSecret())) {
      throw new JwtConfigurationException(
          "No bearer token key configured: neither kaohe.security.jwt.jwk-set-uri nor"
              + " kaohe.security.jwt.hmac-secret is set.");
    }
    byte[] secret = properties.hmacSecret().getBytes(StandardCharsets.UTF_8);
    if (secret.length < MIN_HMAC_SECRET_BYTES) {
      throw new JwtConfigurationException(
          "kaohe.security.jwt.hmac-secret is "
              + secret.length
              + " bytes; HS256 needs at least "
              + MIN_HMAC_SECRET_BYTES
              + ".");
    }
    return NimbusReactiveJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
        .macAlgorithm(MacAlgorithm.HS256)
        .build();
  }
}
