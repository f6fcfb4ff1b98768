package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.LocalTokens;

class CommandLineParserTest {

  private static final Path WORKING_DIR = Path.of("/home/dev/kaohe");
  private static final String OTHER_SECRET = "another-local-secret-that-is-long-enough";

  private final CommandLineParser parser = new CommandLineParser(Map.of(), WORKING_DIR);

  @Test
  void noArgumentsMeansUpWithTheDefaultsInTheWorkingDirectory() {
    assertThat(parser.parse(List.of()))
        .isEqualTo(new Command.Up(StackConfig.defaults(WORKING_DIR)));
    assertThat(parser.parse(List.of("up")))
        .isEqualTo(new Command.Up(StackConfig.defaults(WORKING_DIR)));
  }

  @Test
  void upOptionsOverrideTheDefaults() {
    Command.Up up =
        (Command.Up)
            parser.parse(
                List.of(
                    "up",
                    "--repo-root",
                    "/srv/kaohe",
                    "--data-dir=data",
                    "--gateway-port",
                    "9080",
                    "--kafka-port=0",
                    "--ready-timeout",
                    "120",
                    "--jwt-secret",
                    OTHER_SECRET));

    StackConfig config = up.config();
    assertThat(config.repoRoot()).isEqualTo(Path.of("/srv/kaohe"));
    assertThat(config.dataDir()).isEqualTo(WORKING_DIR.resolve("data"));
    assertThat(config.gatewayPort()).isEqualTo(9080);
    assertThat(config.kafkaPort()).isZero();
    assertThat(config.assessmentPort()).isEqualTo(8081);
    assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(config.jwtSecret()).isEqualTo(OTHER_SECRET);
  }

  @Test
  void optionsWithoutACommandMeanUp() {
    Command.Up up = (Command.Up) parser.parse(List.of("--ready-timeout", "PT2M"));

    assertThat(up.config().readyTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void secretComesFromTheEnvironmentWhenNotGiven() {
    CommandLineParser withSecret =
        new CommandLineParser(Map.of("KAOHE_JWT_SECRET", OTHER_SECRET), WORKING_DIR);

    assertThat(((Command.Up) withSecret.parse(List.of("up"))).config().jwtSecret())
        .isEqualTo(OTHER_SECRET);
    assertThat(((Command.Token) withSecret.parse(List.of("token", "admin"))).jwtSecret())
        .isEqualTo(OTHER_SECRET);
  }

  @Test
  void tokenDefaultsToATwelveHourLocalSubject() {
    assertThat(parser.parse(List.of("token", "dashboard")))
        .isEqualTo(
            new Command.Token(
                "dashboard",
                null,
                "local-dashboard",
                Duration.ofHours(12),
                LocalTokens.DEFAULT_SECRET));
  }

  @Test
  void tokenTakesAgencySubjectAndLifetime() {
    assertThat(
            parser.parse(
                List.of(
                    "token",
                    "agency",
                    "--agency",
                    "PROV-STATS",
                    "--subject",
                    "li",
                    "--ttl",
                    "PT30M")))
        .isEqualTo(
            new Command.Token(
                "agency", "PROV-STATS", "li", Duration.ofMinutes(30), LocalTokens.DEFAULT_SECRET));
  }

  @Test
  void helpIsRecognisedInItsUsualSpellings() {
    for (String help : List.of("help", "--help", "-h")) {
      assertThat(parser.parse(List.of(help))).isEqualTo(new Command.Help());
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThatThrownBy(() -> parser.parse(List.of("down")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Unknown command 'down'");
  }

  @Test
  void unknownOptionNamesTheCommand() {
    assertThatThrownBy(() -> parser.parse(List.of("token", "admin", "--data-dir", "x")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Unknown option --data-dir for token");
  }

  @Test
  void optionWithoutAValueIsAUsageError() {
    assertThatThrownBy(() -> parser.parse(List.of("up", "--data-dir")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Option --data-dir needs a value");
  }

  @Test
  void portMustBeANumber() {
    assertThatThrownBy(() -> parser.parse(List.of("up", "--gateway-port", "http")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid --gateway-port 'http': expected a port number");
  }

  @Test
  void clashingPortsAreAUsageError() {
    assertThatThrownBy(() -> parser.parse(List.of("up", "--gateway-port", "8081")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Port 8081 is configured for both assessment and gateway");
  }

  @Test
  void readyTimeoutMustBeSecondsOrIso8601() {
    assertThatThrownBy(() -> parser.parse(List.of("up", "--ready-timeout", "soon")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid --ready-timeout 'soon': expected seconds (90) or ISO-8601 (PT2M)");
  }

  @Test
  void tokenNeedsExactlyOneRole() {
    assertThatThrownBy(() -> parser.parse(List.of("token")))
        .isInstanceOf(UsageException.class)
        .hasMessage("token needs a role: agency, auditor, dashboard, admin or survey-team");
    assertThatThrownBy(() -> parser.parse(List.of("token", "admin", "auditor")))
        .isInstanceOf(UsageException.class)
        .hasMessage("token takes one role, got admin auditor");
  }

  @Test
  void ttlMustBeIso8601() {
    assertThatThrownBy(() -> parser.parse(List.of("token", "admin", "--ttl", "12h")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid --ttl '12h': expected ISO-8601 such as PT12H");
  }
}
