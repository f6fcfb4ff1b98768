package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.tools.embedded.LocalTokens;

class KaoheTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Kaohe kaohe =
      new Kaohe(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @TempDir Path workingDir;

  @Test
  void tokenCommandPrintsOnlyAVerifiableToken() throws Exception {
    int exitCode = run("token", "agency", "--agency", "PROV-STATS");

    assertThat(exitCode).isZero();
    assertThat(err()).isEmpty();
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(1);
    SignedJWT jwt = SignedJWT.parse(lines[0]);
    assertThat(jwt.verify(new MACVerifier(LocalTokens.DEFAULT_SECRET))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("local-agency");
    assertThat(claims.getStringListClaim("roles")).containsExactly("agency");
    assertThat(claims.getStringClaim("agency")).isEqualTo("PROV-STATS");
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(12 * 3600));
  }

  @Test
  void tokenForAnUnknownRoleExplainsTheValidRoles() {
    int exitCode = run("token", "root");

    assertThat(exitCode).isEqualTo(Kaohe.USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "kaohe token: Unknown role 'root'; expected one of agency, auditor, dashboard,"
                + " admin, survey-team\n");
  }

  @Test
  void agencyTokenWithoutAnAgencyCodeIsRefused() {
    int exitCode = run("token", "agency");

    assertThat(exitCode).isEqualTo(Kaohe.USAGE);
    assertThat(err()).contains("Role 'agency' requires an agency code");
  }

  @Test
  void wrongUsagePointsToHelp() {
    int exitCode = run("start");

    assertThat(exitCode).isEqualTo(Kaohe.USAGE);
    assertThat(err()).isEqualTo("kaohe: Unknown command 'start'\nRun 'kaohe help' for usage.\n");
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("help")).isZero();
    assertThat(out()).startsWith("Usage: kaohe [up] [options]");
  }

  @Test
  void upWithoutBuiltServicesNamesTheMissingJarsAndFails() {
    int exitCode = run("up", "--ready-timeout", "5");

    assertThat(exitCode).isEqualTo(Kaohe.FAILED);
    assertThat(err())
        .contains("Service jars are missing under " + workingDir)
        .contains("assessment-service/target/assessment-service-exec.jar")
        .contains("survey-service/target/survey-service-exec.jar")
        .contains("results-service/target/results-service-exec.jar")
        .contains("gateway/target/gateway-exec.jar");
    assertThat(workingDir.resolve(".kaohe-data")).doesNotExist();
  }

  private int run(String... args) {
    return kaohe.run(Arrays.asList(args), Map.of(), workingDir);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
