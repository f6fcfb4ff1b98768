package org.kaohe.assessment.idempotency;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/** The request with its body, already read to fingerprint it, handed on from where it is kept. */
final class SpooledBodyRequest extends ServerHttpRequestDecorator {
  private final SpooledBody body;

  SpooledBodyRequest(ServerHttpRequest delegate, SpooledBody body) {
    super(delegate);
    this.body = body;
  }

  @Override
  public Flux<DataBuffer> getBody() {
    return body.content(DefaultDataBufferFactory.sharedInstance);
  }
}
