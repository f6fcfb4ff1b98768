package org.kaohe.assessment.idempotency;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/**
 * Hands the final response to {@code keep} before the client sees any of it, so a retry that
 * arrives as soon as the client has the answer finds it kept.
 */
final class RecordingResponse extends ServerHttpResponseDecorator {
  private final Function<StoredResponse, Mono<Void>> keep;
  private final AtomicBoolean recorded = new AtomicBoolean();

  RecordingResponse(ServerHttpResponse delegate, Function<StoredResponse, Mono<Void>> keep) {
    super(delegate);
    this.keep = keep;
  }

  @Override
  public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
    return DataBufferUtils.join(body)
        .map(DataBuffers::drain)
        .defaultIfEmpty(new byte[0])
        .flatMap(
            bytes -> record(bytes).then(super.writeWith(Mono.just(bufferFactory().wrap(bytes)))));
  }

  @Override
  public Mono<Void> setComplete() {
    return record(new byte[0]).then(super.setComplete());
  }

  /** Whether the response was handed to {@code keep}. */
  boolean recorded() {
    return recorded.get();
  }

  private Mono<Void> record(byte[] body) {
    if (!recorded.compareAndSet(false, true)) {
      return Mono.empty();
    }
    HttpStatusCode status = getStatusCode();
    HttpHeaders headers = getHeaders();
    return keep.apply(
        new StoredResponse(
            status == null ? 200 : status.value(),
            headers.getFirst(HttpHeaders.CONTENT_TYPE),
            headers.getFirst(HttpHeaders.LOCATION),
            body));
  }
}
