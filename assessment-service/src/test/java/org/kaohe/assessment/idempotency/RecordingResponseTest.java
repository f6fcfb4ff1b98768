package org.kaohe.assessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RecordingResponseTest {
  private static final int CHUNK = 1024;

  private final MockServerHttpResponse client = new MockServerHttpResponse();
  private final List<RecordingResponse.Recorded> kept = new ArrayList<>();
  private final AtomicInteger produced = new AtomicInteger();
  private int producedWhenKept = -1;

  @Test
  void aResponseWithinTheLimitIsKeptWholeBeforeTheClientGetsIt() {
    RecordingResponse response = recording(10 * CHUNK);
    response.setStatusCode(HttpStatus.CREATED);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);

    response.writeWith(chunks(10)).block();

    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).tooLarge()).isFalse();
    assertThat(kept.get(0).response().status()).isEqualTo(201);
    assertThat(kept.get(0).response().contentType()).isEqualTo("application/json");
    assertThat(kept.get(0).response().body()).isEqualTo(text(10).getBytes(StandardCharsets.UTF_8));
    assertThat(client.getBodyAsString().block()).isEqualTo(text(10));
    assertThat(producedWhenKept).isEqualTo(10);
  }

  @Test
  void aLargerResponseIsToldTooLargeAsSoonAsItCrossesTheLimitAndStreamsOnWhole() {
    RecordingResponse response = recording(10 * CHUNK);
    response.setStatusCode(HttpStatus.OK);

    response.writeWith(chunks(1000)).block();

    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).tooLarge()).isTrue();
    assertThat(kept.get(0).response().status()).isEqualTo(200);
    assertThat(kept.get(0).response().body()).isEmpty();
    // Told when the eleventh kilobyte arrived, not after the whole megabyte was gathered.
    assertThat(producedWhenKept).isEqualTo(11);
    assertThat(client.getBodyAsString().block()).isEqualTo(text(1000));
  }

  @Test
  void anEmptyResponseIsKeptEmpty() {
    RecordingResponse response = recording(CHUNK);
    response.setStatusCode(HttpStatus.NO_CONTENT);

    response.setComplete().block();

    assertThat(kept).extracting(recorded -> recorded.response().status()).containsExactly(204);
    assertThat(kept.get(0).response().body()).isEmpty();
  }

  @Test
  void aRetryOfAResponseTooLargeToKeepIsToldWhyAndThatTheRequestWasProcessed() {
    StoredResponse problem = IdempotencyProblems.notKept(200, 1048576);

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.contentType()).isEqualTo("application/problem+json");
    assertThat(new String(problem.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Response not kept\",\"status\":409,"
                + "\"detail\":\"the request with this Idempotency-Key was processed and answered"
                + " with status 200, but its response was larger than the 1048576 bytes kept for"
                + " a retry; look up its outcome instead of retrying it\",\"originalStatus\":200,"
                + "\"maxStoredResponseBytes\":1048576}");
  }

  private RecordingResponse recording(long maxKeptBytes) {
    return new RecordingResponse(
        client,
        maxKeptBytes,
        recorded -> {
          producedWhenKept = produced.get();
          kept.add(recorded);
          return Mono.empty();
        });
  }

  private Flux<DataBuffer> chunks(int count) {
    return Flux.range(0, count)
        .map(
            index -> {
              produced.incrementAndGet();
              return DefaultDataBufferFactory.sharedInstance.wrap(
                  chunkText(index).getBytes(StandardCharsets.UTF_8));
            });
  }

  private static String chunkText(int index) {
    return String.valueOf((char) ('a' + index % 26)).repeat(CHUNK);
  }

  private static String text(int count) {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < count; index++) {
      text.append(chunkText(index));
    }
    return text.toString();
  }
}
