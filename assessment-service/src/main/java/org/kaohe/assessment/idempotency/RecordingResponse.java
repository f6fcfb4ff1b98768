package org.kaohe.assessment.idempotency;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands the final response to {@code keep} before the client sees any of it, so a retry that
 * arrives as soon as the client has the answer finds it kept. Only a response of at most {@code
 * maxKeptBytes} is held to be kept whole; once a response grows past that, {@code keep} is told so
 * ({@link Recorded#tooLarge()}) and the response streams on to the client unheld.
 */
final class RecordingResponse extends ServerHttpResponseDecorator {
  private final Function<Recorded, Mono<Void>> keep;
  private final long maxKeptBytes;
  private final AtomicBoolean recorded = new AtomicBoolean();

  /** The response as it is to be kept, or its status alone when it was too large to hold. */
  record Recorded(StoredResponse response, boolean tooLarge) {}

  RecordingResponse(
      ServerHttpResponse delegate, long maxKeptBytes, Function<Recorded, Mono<Void>> keep) {
    super(delegate);
    this.maxKeptBytes = maxKeptBytes;
    this.keep = keep;
  }

  @Override
  public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
    AtomicLong size = new AtomicLong();
    // The first list holds the whole body if it is within the limit; otherwise the buffers up to
    // the one that crossed it, and every later buffer comes on its own.
    return Flux.from(body)
        .map(DataBuffer.class::cast)
        .bufferUntil(buffer -> size.addAndGet(buffer.readableByteCount()) > maxKeptBytes)
        .switchOnFirst(
            (first, lists) -> {
              if (size.get() > maxKeptBytes) {
                return record(new byte[0], true)
                    .then(super.writeWith(lists.concatMapIterable(list -> list)));
              }
              byte[] bytes = drain(first.hasValue() ? first.get() : List.of());
              return record(bytes, false)
                  .then(super.writeWith(Mono.just(bufferFactory().wrap(bytes))));
            })
        .then();
  }

  @Override
  public Mono<Void> setComplete() {
    return record(new byte[0], false).then(super.setComplete());
  }

  /** Whether the response was handed to {@code keep}. */
  boolean recorded() {
    return recorded.get();
  }

  private Mono<Void> record(byte[] body, boolean tooLarge) {
    if (!recorded.compareAndSet(false, true)) {
      return Mono.empty();
    }
    HttpStatusCode status = getStatusCode();
    HttpHeaders headers = getHeaders();
    return keep.apply(
        new Recorded(
            new StoredResponse(
                status == null ? 200 : status.value(),
                headers.getFirst(HttpHeaders.CONTENT_TYPE),
                headers.getFirst(HttpHeaders.LOCATION),
                body),
            tooLarge));
  }

  private static byte[] drain(List<DataBuffer> buffers) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (DataBuffer buffer : buffers) {
      bytes.writeBytes(DataBuffers.drain(buffer));
    }
    return bytes.toByteArray();
  }
}
