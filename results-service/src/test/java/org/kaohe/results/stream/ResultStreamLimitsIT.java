package org.kaohe.results.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** Live streams are bounded per caller and in total, and a closed stream frees its place. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kaohe.results.stream.max-per-principal=2", "kaohe.results.stream.max-total=3"})
class ResultStreamLimitsIT {
  private static final String RUN = Long.toString(System.nanoTime());

  /**
   * How long the service may take to notice a stream closed by its client: at once on an idle
   * machine, seconds on one busy with a whole build.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Value("${local.server.port}")
  int port;

  @Autowired StreamSlots slots;

  private final List<Disposable> streams = new ArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add(
        "kaohe.results.mongodb-uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.results.database", () -> "results-stream-it-" + RUN);
    registry.add("kaohe.results.consumer-group", () -> "results-stream-it-" + RUN);
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  @AfterEach
  void closeStreams() {
    streams.forEach(Disposable::dispose);
    await().atMost(PATIENCE).until(() -> slots.open() == 0);
  }

  @Test
  void aCallerOverItsLimitIs429UntilItClosesAStream() {
    open("wall-1");
    Disposable second = open("wall-1");
    await().atMost(PATIENCE).until(() -> slots.open() == 2);

    refused("wall-1")
        .jsonPath("$.detail")
        .isEqualTo(
            "You already have 2 live result streams open, the most one caller may hold;"
                + " close one first.");

    second.dispose();
    await().atMost(PATIENCE).until(() -> slots.open() == 1);
    open("wall-1");
    await().atMost(PATIENCE).until(() -> slots.open() == 2);
  }

  @Test
  void theServiceOverItsTotalIs429ForEveryone() {
    open("wall-1");
    open("wall-1");
    open("wall-2");
    await().atMost(PATIENCE).until(() -> slots.open() == 3);

    refused("wall-3")
        .jsonPath("$.detail")
        .isEqualTo("The service is serving its maximum of 3 live result streams; retry later.");
  }

  @Test
  void aNegativePositionIsRefused() {
    client()
        .get()
        .uri("/api/results/stream?after=-1")
        .headers(headers -> headers.setBearerAuth(token("wall-1")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(slots.open()).isZero();
  }

  private Disposable open(String principal) {
    Disposable stream =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/results/stream")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .headers(headers -> headers.setBearerAuth(token(principal)))
            .retrieve()
            .bodyToFlux(String.class)
            .subscribe();
    streams.add(stream);
    return stream;
  }

  private WebTestClient.BodyContentSpec refused(String principal) {
    return client()
        .get()
        .uri("/api/results/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .headers(headers -> headers.setBearerAuth(token(principal)))
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody();
  }

  private WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  private static String token(String principal) {
    return LocalTokens.mint(
        LocalTokens.DEFAULT_SECRET,
        principal,
        "dashboard",
        null,
        Duration.ofMinutes(5),
        Clock.systemUTC());
  }
}
