package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.embedded.LocalTokens;

class StackConfigTest {

  private static final Path REPO = Path.of("/work/repo");

  @Test
  void defaultsUseTheWellKnownPortsAndADataDirInTheRepository() {
    StackConfig config = StackConfig.defaults(REPO);

    assertThat(config.repoRoot()).isEqualTo(REPO);
    assertThat(config.dataDir()).isEqualTo(REPO.resolve(".kaohe-data"));
    assertThat(
            List.of(
                config.gatewayPort(),
                config.assessmentPort(),
                config.surveyPort(),
                config.resultsPort(),
                config.kafkaPort(),
                config.mongoPort()))
        .containsExactly(8080, 8081, 8082, 8083, 19092, 27117);
    assertThat(config.jwtSecret()).isEqualTo(LocalTokens.DEFAULT_SECRET);
    assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void ephemeralChoosesDistinctFreePortsUpFront() {
    StackConfig config = StackConfig.ephemeral(REPO, Path.of("/tmp/kaohe-test-data"));

    assertThat(config.portsByOwner().values())
        .hasSize(6)
        .doesNotHaveDuplicates()
        .allSatisfy(port -> assertThat(port).isPositive())
        .allSatisfy(port -> assertThat(FreePorts.isFree(port)).isTrue());
    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/kaohe-test-data"));
  }

  @Test
  void freePortsReplaceOnlyTheZeros() {
    StackConfig config =
        new StackConfig(
                REPO, REPO, 8080, 0, 0, 0, 0, 0, LocalTokens.DEFAULT_SECRET, Duration.ofSeconds(5))
            .withFreePortsForZeros();

    assertThat(config.gatewayPort()).isEqualTo(8080);
    assertThat(config.portsByOwner().values()).doesNotContain(0).doesNotHaveDuplicates();
  }

  @Test
  void portUsedTwiceIsRejectedNamingBothOwners() {
    assertThatThrownBy(
            () ->
                new StackConfig(
                    REPO,
                    REPO,
                    8080,
                    8080,
                    8082,
                    8083,
                    19092,
                    27117,
                    LocalTokens.DEFAULT_SECRET,
                    Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Port 8080 is configured for both assessment and gateway");
  }

  @Test
  void portOutOfRangeIsRejected() {
    assertThatThrownBy(
            () ->
                new StackConfig(
                    REPO,
                    REPO,
                    70000,
                    0,
                    0,
                    0,
                    0,
                    0,
                    LocalTokens.DEFAULT_SECRET,
                    Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Port for gateway must be between 0 and 65535, got 70000");
  }

  @Test
  void secretTooShortForHs256IsRejected() {
    assertThatThrownBy(
            () -> new StackConfig(REPO, REPO, 0, 0, 0, 0, 0, 0, "short", Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JWT secret must be at least 32 bytes for HS256");
  }

  @Test
  void nonPositiveReadyTimeoutIsRejected() {
    assertThatThrownBy(
            () ->
                new StackConfig(
                    REPO, REPO, 0, 0, 0, 0, 0, 0, LocalTokens.DEFAULT_SECRET, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ready timeout must be positive, got PT0S");
  }
}
