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

  private TestTokens() {}

  static String token(String subject, String agency, String... roles) {
    return sign(SECRET, ISSUER, subject, agency, List.of(roles));
  }

  public static String sign(
      String secret, String issuer, String subject, String agency, List<String> roles) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .issuer(issuer)
            .claim(TokenClaims.ROLES, roles)
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    if (agency != null) {
      claims.claim(TokenClaims.AGENCY, agency);
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
