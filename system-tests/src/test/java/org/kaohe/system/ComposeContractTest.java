package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the services agree: every environment key compose sets is one the service
 * reads, and every port compose publishes is the port the service listens on.
 */
class ComposeContractTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");

  @Test
  void composeParsesAndUsesPinnedImagesOnly() throws IOException {
    Map<String, Object> services = services();

    assertThat(services)
        .containsKeys(
            "mongo", "kafka", "assessment-service", "survey-service", "results-service", "gateway");
    services.values().stream()
        .map(s -> (Map<?, ?>) s)
        .filter(s -> s.containsKey("image"))
        .forEach(
            s ->
                assertThat((String) s.get("image"))
                    .matches("[^:]+:[0-9][^:]*")
                    .doesNotEndWith(":latest"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessment-service", "survey-service", "results-service", "gateway"})
  void everyEnvironmentKeyIsReadByTheServiceAndThePortMatches(String service) throws IOException {
    Map<?, ?> definition = (Map<?, ?>) services().get(service);
    String config =
        Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
    Map<String, String> placeholders = placeholders(config);

    Map<?, ?> environment = (Map<?, ?>) definition.get("environment");
    assertThat(placeholders.keySet())
        .as("environment keys %s reads", service)
        .containsAll(new TreeSet<>(environment.keySet().stream().map(Object::toString).toList()));

    String port =
        environment.containsKey("SERVER_PORT")
            ? environment.get("SERVER_PORT").toString()
            : placeholders.get("SERVER_PORT");
    assertThat(placeholders).containsKey("SERVER_PORT");
    assertThat(String.valueOf(definition.get("healthcheck")))
        .as("health check of %s", service)
        .contains(":" + port + "/actuator/health");
    if (definition.containsKey("ports")) {
      assertThat(definition.get("ports").toString()).contains(":" + port);
    }
  }

  @Test
  void onlyTheGatewayPublishesAPortAndNoSecretHasADefault() throws IOException {
    Map<String, Object> services = services();
    assertThat(services.entrySet())
        .filteredOn(service -> ((Map<?, ?>) service.getValue()).containsKey("ports"))
        .extracting(Map.Entry::getKey)
        .containsExactly("gateway");
    assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
        .contains("KAOHE_JWT_SECRET: ${KAOHE_JWT_SECRET:?")
        .doesNotContain("KAOHE_JWT_SECRET:-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessment-service", "survey-service", "results-service", "gateway"})
  void noServiceFallsBackToASigningSecret(String service) throws IOException {
    String config =
        Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml"));

    assertThat(placeholders(config)).containsEntry("KAOHE_JWT_SECRET", "");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      return (Map<String, Object>) compose.get("services");
    }
  }

  private static Map<String, String> placeholders(String config) {
    Map<String, String> found = new java.util.HashMap<>();
    Matcher matcher = PLACEHOLDER.matcher(config);
    while (matcher.find()) {
      found.put(matcher.group(1), matcher.group(2));
    }
    return found;
  }
}
