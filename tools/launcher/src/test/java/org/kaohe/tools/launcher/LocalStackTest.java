package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.launcher.fakes.ExitsWithThree;
import org.kaohe.tools.launcher.fakes.FakeProcesses;
import org.kaohe.tools.launcher.fakes.FakeService;

/** The whole launcher with real Kafka and MongoDB, and fake services built as jars. */
class LocalStackTest {

  @TempDir Path repoRoot;
  @TempDir Path dataDir;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream console = new PrintStream(output, true, StandardCharsets.UTF_8);

  @BeforeEach
  void buildFakeServices() {
    FakeProcesses.writeServiceJar(repoRoot, "assessment-service", FakeService.class);
    FakeProcesses.writeServiceJar(repoRoot, "survey-service", FakeService.class);
    FakeProcesses.writeServiceJar(repoRoot, "results-service", FakeService.class);
    FakeProcesses.writeServiceJar(repoRoot, "gateway", FakeService.class);
  }

  @Test
  void startsEveryServiceWithTheInfrastructureAndEachOthersAddresses() throws Exception {
    StackConfig config = StackConfig.ephemeral(repoRoot, dataDir);

    try (LocalStack stack = LocalStack.start(config, console)) {
      assertThat(stack.config()).isEqualTo(config);
      assertThat(stack.gatewayUrl()).isEqualTo("http://127.0.0.1:" + config.gatewayPort());
      assertThat(stack.kafkaBootstrapServers()).isEqualTo("127.0.0.1:" + config.kafkaPort());
      assertThat(stack.mongoConnectionString())
          .isEqualTo("mongodb://127.0.0.1:" + config.mongoPort());

      String gateway = get(stack.gatewayUrl() + "/actuator/health");
      assertThat(gateway)
          .contains("SERVER_PORT=" + config.gatewayPort())
          .contains("SERVER_ADDRESS=127.0.0.1")
          .contains("KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers())
          .contains("MONGODB_URI=" + stack.mongoConnectionString())
          .contains("KAOHE_JWT_SECRET=" + LocalTokens.DEFAULT_SECRET)
          .contains("ASSESSMENT_URL=http://127.0.0.1:" + config.assessmentPort())
          .contains("SURVEY_URL=http://127.0.0.1:" + config.surveyPort())
          .contains("RESULTS_URL=http://127.0.0.1:" + config.resultsPort());
      String assessment = get("http://127.0.0.1:" + config.assessmentPort() + "/actuator/health");
      assertThat(assessment)
          .contains("SERVER_PORT=" + config.assessmentPort())
          .contains("SERVER_ADDRESS=127.0.0.1")
          .contains("ASSESSMENT_URL=null");
      assertThat(ReadyBanner.lines(stack))
          .contains("  Dashboard:  http://127.0.0.1:" + config.gatewayPort() + "/dashboard/")
          .anyMatch(line -> line.contains("./kaohe token agency --agency PROV-STATS"));
    }

    assertThat(config.portsByOwner().values())
        .allSatisfy(port -> assertThat(FreePorts.isFree(port)).isTrue());
    assertThat(output()).contains("[kaohe     ] Stopped.");
  }

  @Test
  void mongoDataSurvivesARestartOnTheSameDataDir() {
    try (LocalStack stack = LocalStack.start(StackConfig.ephemeral(repoRoot, dataDir), console);
        MongoClient client = MongoClients.create(stack.mongoConnectionString())) {
      client.getDatabase("kaohe").getCollection("units").insertOne(new Document("_id", "620100"));
    }

    try (LocalStack restarted =
            LocalStack.start(StackConfig.ephemeral(repoRoot, dataDir), console);
        MongoClient client = MongoClients.create(restarted.mongoConnectionString())) {
      assertThat(client.getDatabase("kaohe").getCollection("units").countDocuments()).isEqualTo(1);
    }
  }

  @Test
  void serviceThatExitsEarlyIsReportedAndEverythingElseIsStopped() {
    FakeProcesses.writeServiceJar(repoRoot, "survey-service", ExitsWithThree.class);
    StackConfig config = StackConfig.ephemeral(repoRoot, dataDir);

    assertThatThrownBy(() -> LocalStack.start(config, console))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("survey exited with code 3 before it became healthy.")
        .hasMessageContaining("[survey    ] fatal: no configuration for kaohe.widgets");

    assertThat(config.portsByOwner().values())
        .allSatisfy(port -> assertThat(FreePorts.isFree(port)).isTrue());
  }

  @Test
  void serviceThatDiesAfterStartUpIsReportedAsAnUnexpectedExit() {
    try (LocalStack stack = LocalStack.start(StackConfig.ephemeral(repoRoot, dataDir), console)) {
      ProcessHandle results = childRunning("results-service-exec.jar");

      results.destroy();

      ServiceProcess exited = stack.awaitUnexpectedExit().orElseThrow();
      assertThat(exited.name()).isEqualTo("results");
      assertThat(FailureReport.exitedWhileRunning(exited))
          .startsWith("results exited unexpectedly with code 143; stopping the stack.");
    }
  }

  @Test
  void closingTheStackIsNotAnUnexpectedExit() {
    LocalStack stack = LocalStack.start(StackConfig.ephemeral(repoRoot, dataDir), console);

    CompletableFuture<Optional<ServiceProcess>> exit =
        CompletableFuture.supplyAsync(stack::awaitUnexpectedExit);
    stack.close();

    assertThat(exit).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(Optional.empty());
  }

  @Test
  void portAlreadyInUseIsReportedBeforeAnythingStarts() throws IOException {
    StackConfig config = StackConfig.ephemeral(repoRoot, dataDir);
    try (ServerSocket taken =
        new ServerSocket(config.gatewayPort(), 1, InetAddress.getLoopbackAddress())) {

      assertThatThrownBy(() -> LocalStack.start(config, console))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Port "
                  + config.gatewayPort()
                  + " for gateway is already in use on 127.0.0.1; is another stack running?");
    }
    assertThat(output()).isEmpty();
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static ProcessHandle childRunning(String jarName) {
    return ProcessHandle.current()
        .children()
        .filter(child -> child.info().commandLine().orElse("").contains(jarName))
        .findFirst()
        .orElseThrow();
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }
}
