package org.kaohe.platform.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Mints HS256 bearer tokens the way the local token command does. */
public final class TestTokens {

  static final String SECRET = "service-web-test-secret-of-at-least-32-bytes";
  static final String ISSUER = "kaohe-local";
  static final String AUDIENCE = "kaohe";

  private TestTokens() {}

  static String token(String subject, String agency, String... roles) {
    return sign(SECRET, ISSUER, subject, agency, List.of(roles));
  }

  public static String sign(
      String secret, String issuer, String subject, String agency, List<String> roles) {
    JWTClaimsSet.Builder claims = claims(Instant.now(), subject, roles).issuer(issuer);
    if (agency != null) {
      claims.claim(TokenClaims.AGENCY, agency);
    }
    return sign(secret, claims.build());
  }

  /** Valid claims for a token issued at {@code now}, living five minutes. */
  static JWTClaimsSet.Builder claims(Instant now, String subject, List<String> roles) {
    return new JWTClaimsSet.Builder()
        .subject(subject)
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .claim(TokenClaims.ROLES, roles)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)));
  }

  static String sign(String secret, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
