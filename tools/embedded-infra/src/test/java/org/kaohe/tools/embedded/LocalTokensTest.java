package org.kaohe.tools.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTokensTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String SECRET = LocalTokens.DEFAULT_SECRET;

  @Test
  void agencyTokenIsSignedWithTheSecretAndCarriesTheClaims() throws Exception {
    String token =
        LocalTokens.mint(SECRET, "alice", "agency", "PROV-STATS", Duration.ofHours(12), CLOCK);

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("kaohe-local");
    assertThat(claims.getAudience()).containsExactly("kaohe");
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getStringListClaim("roles")).containsExactly("agency");
    assertThat(claims.getStringClaim("agency")).isEqualTo("PROV-STATS");
    assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(12))));
  }

  @Test
  void tokenWithoutAgencyHasNoAgencyClaim() throws Exception {
    String token = LocalTokens.mint(SECRET, "board", "dashboard", null, Duration.ofHours(1), CLOCK);

    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    assertThat(claims.getClaims()).doesNotContainKey("agency");
    assertThat(claims.getStringListClaim("roles")).containsExactly("dashboard");
  }

  @Test
  void roleNamesAreWrittenInLowerCase() throws Exception {
    String token = LocalTokens.mint(SECRET, "root", "ADMIN", null, Duration.ofHours(1), CLOCK);

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles"))
        .isEqualTo(List.of("admin"));
  }

  @Test
  void tokenDoesNotVerifyWithAnotherSecret() throws Exception {
    String token = LocalTokens.mint(SECRET, "eve", "auditor", null, Duration.ofHours(1), CLOCK);

    assertThat(SignedJWT.parse(token).verify(new MACVerifier(SECRET.replace('k', 'K')))).isFalse();
  }

  @Test
  void unknownRoleIsRejectedWithTheValidRoles() {
    assertThatThrownBy(
            () -> LocalTokens.mint(SECRET, "bob", "superuser", null, Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unknown role 'superuser'; expected one of agency, auditor, dashboard, admin,"
                + " survey-team");
  }

  @Test
  void aSurveyTeamTokenNamesTheTeamsAgency() {
    assertThatThrownBy(
            () -> LocalTokens.mint(SECRET, "bob", "survey-team", null, Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Role 'survey-team' requires an agency code, e.g. PROV-STATS");
  }

  @Test
  void agencyRoleWithoutAnAgencyCodeIsRejected() {
    assertThatThrownBy(
            () -> LocalTokens.mint(SECRET, "bob", "agency", null, Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Role 'agency' requires an agency code, e.g. PROV-STATS");
  }

  @Test
  void blankAgencyCodeIsRejected() {
    assertThatThrownBy(
            () -> LocalTokens.mint(SECRET, "bob", "agency", " ", Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Agency code must not be blank");
  }

  @Test
  void secretShorterThanHs256NeedsIsRejected() {
    assertThatThrownBy(
            () -> LocalTokens.mint("short", "bob", "admin", null, Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JWT secret must be at least 32 bytes for HS256");
  }

  @Test
  void nonPositiveLifetimeIsRejected() {
    assertThatThrownBy(() -> LocalTokens.mint(SECRET, "bob", "admin", null, Duration.ZERO, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token lifetime must be positive, got PT0S");
  }

  @Test
  void blankSubjectIsRejected() {
    assertThatThrownBy(
            () -> LocalTokens.mint(SECRET, "", "admin", null, Duration.ofHours(1), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token subject must not be blank");
  }
}
