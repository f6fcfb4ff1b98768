package org.kaohe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.platform.web.sample.SampleApplication;
import org.kaohe.platform.web.security.WebSecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tokens an attacker could present: each is refused with a 401 problem naming why, and the refusal
 * is logged once with the route and reason but never the token. The token clock is fixed, so the
 * tokens are judged by the injected clock, not the machine's.
 */
@SpringBootTest(
    classes = {SampleApplication.class, TokenAttackTest.FixedClock.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kaohe.security.jwt.hmac-secret=" + TestTokens.SECRET)
@ExtendWith(OutputCaptureExtension.class)
class TokenAttackTest {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final String RECORD = "{\"unitCode\":\"620100\",\"score\":87}";
  private static final String REJECTED = "The bearer token was rejected: ";

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean(WebSecurityAutoConfiguration.TOKEN_CLOCK)
    Clock tokenClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    // A service's own clock, e.g. one rehearsing a later round: tokens are not judged by it.
    @Bean
    Clock domainClock() {
      return Clock.fixed(NOW.plus(Duration.ofDays(400)), ZoneOffset.UTC);
    }
  }

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void bindToServer() {
    client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  static Stream<Arguments> forgedClaims() {
    return Stream.of(
        attack("no exp", claims -> claims.expirationTime(null), "The token has no expiry (exp)."),
        attack(
            "exp in 100 years",
            claims -> claims.expirationTime(Date.from(NOW.plus(Duration.ofDays(36_500)))),
            "The token's lifetime exceeds the maximum of PT12H."),
        attack(
            "issued a year ago, expiring in an hour",
            claims ->
                claims
                    .issueTime(Date.from(NOW.minus(Duration.ofDays(365))))
                    .expirationTime(Date.from(NOW.plus(Duration.ofHours(1)))),
            "The token's lifetime exceeds the maximum of PT12H."),
        attack(
            "iat in the future",
            claims ->
                claims
                    .issueTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(10)))),
            "The token is issued in the future (iat)."),
        attack(
            "nbf in the future",
            claims -> claims.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5)))),
            "The token is not valid yet (nbf)."),
        attack(
            "expired",
            claims ->
                claims
                    .issueTime(Date.from(NOW.minus(Duration.ofHours(2))))
                    .expirationTime(Date.from(NOW.minus(Duration.ofHours(1)))),
            "The token has expired."),
        attack(
            "another audience",
            claims -> claims.audience("another-system"),
            "The token's audience (aud) is not accepted."),
        attack(
            "no audience",
            claims -> claims.audience((String) null),
            "The token's audience (aud) is not accepted."),
        attack(
            "another issuer",
            claims -> claims.issuer("elsewhere"),
            "The token's issuer (iss) is not accepted."),
        attack(
            "no subject, no expiry",
            claims -> claims.subject(null).expirationTime(null),
            "The token has no subject (sub). The token has no expiry (exp)."));
  }

  private static Arguments attack(
      String name, UnaryOperator<JWTClaimsSet.Builder> forge, String reason) {
    return Arguments.of(name, forge, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgedClaims")
  void forgedClaimsAreRefusedNamingTheReasonAndLoggedOnceWithoutTheToken(
      String name,
      UnaryOperator<JWTClaimsSet.Builder> forge,
      String reason,
      CapturedOutput output) {
    String token = TestTokens.sign(TestTokens.SECRET, forge.apply(validClaims()).build());

    assertRefused(token, REJECTED + reason);

    assertThat(output.getOut())
        .containsOnlyOnce("Denied 401 POST /sample/records for anonymous: " + REJECTED + reason)
        .doesNotContain(token)
        .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
  }

  @Test
  void tokensWithinTheClockSkewAreAccepted() {
    String token =
        TestTokens.sign(
            TestTokens.SECRET,
            validClaims()
                .issueTime(Date.from(NOW.plusSeconds(30)))
                .notBeforeTime(Date.from(NOW.plusSeconds(30)))
                .expirationTime(Date.from(NOW.plus(Duration.ofHours(12)).plusSeconds(30)))
                .build());

    post(token).expectStatus().isOk();
  }

  @Test
  void aTokenIsJudgedByTheTokenClockNeitherByTheMachinesNorByTheDomainClock() {
    assertThat(NOW).isBefore(Instant.now().minus(Duration.ofMinutes(5)));

    post(TestTokens.sign(TestTokens.SECRET, validClaims().build())).expectStatus().isOk();
  }

  @Test
  void unsignedTokenIsRefused() {
    String unsigned = new PlainJWT(validClaims().build()).serialize();

    assertRefused(unsigned, REJECTED + "Unsupported algorithm of none");
  }

  @Test
  void tokenSignedWithAnotherSecretIsRefused() {
    String forged =
        TestTokens.sign("another-secret-that-is-also-32-bytes-long", validClaims().build());

    assertRefused(forged, REJECTED + "Failed to validate the token");
  }

  @Test
  void rsaSignedTokenIsRefusedByAServiceExpectingHs256() throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), validClaims().build());
    jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

    assertRefused(jwt.serialize(), REJECTED + "Failed to validate the token");
  }

  @Test
  void refusalByRoleIsLoggedOnceWithThePrincipal(CapturedOutput output) {
    String token =
        TestTokens.sign(
            TestTokens.SECRET, TestTokens.claims(NOW, "audit-1", List.of("auditor")).build());

    post(token).expectStatus().isForbidden();

    assertThat(output.getOut())
        .containsOnlyOnce(
            "Denied 403 POST /sample/records for audit-1: This request needs the role agency or"
                + " admin.")
        .doesNotContain(token);
  }

  private static JWTClaimsSet.Builder validClaims() {
    return TestTokens.claims(NOW, "mallory", List.of("admin"));
  }

  private void assertRefused(String token, String detail) {
    post(token)
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.detail")
        .isEqualTo(detail);
  }

  private WebTestClient.ResponseSpec post(String token) {
    return client
        .post()
        .uri("/sample/records")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(headers -> headers.setBearerAuth(token))
        .bodyValue(RECORD)
        .exchange();
  }
}
