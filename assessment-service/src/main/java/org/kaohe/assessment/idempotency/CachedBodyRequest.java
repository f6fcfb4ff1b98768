package org.kaohe.assessment.idempotency;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/** The request with its body, already read to fingerprint it, handed on from memory. */
final class CachedBodyRequest extends ServerHttpRequestDecorator {
  private final byte[] body;

  CachedBodyRequest(ServerHttpRequest delegate, byte[] body) {
    super(delegate);
    this.body = body;
  }

  @Override
  public Flux<DataBuffer> getBody() {
    return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
  }
}
