package org.kaohe.platform.web.limits;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A limit on the size of a request body, for web filters of the services and the gateway. */
public record BodySizeLimit(long maxBytes) {

  public BodySizeLimit {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("a body size limit is not negative");
    }
  }

  /**
   * The exchange to continue with: an error when {@code Content-Length} exceeds the limit, else the
   * exchange itself, its body counted when its length is not declared.
   */
  public Mono<ServerWebExchange> apply(ServerWebExchange exchange) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > maxBytes) {
      return Mono.error(tooLarge());
    }
    if (declared >= 0) {
      return Mono.just(exchange);
    }
    return Mono.just(exchange.mutate().request(new CountingRequest(exchange.getRequest())).build());
  }

  /** The 413 answered for a body over this limit. */
  public ResponseStatusException tooLarge() {
    return new ResponseStatusException(
        HttpStatus.CONTENT_TOO_LARGE,
        "The request body exceeds the limit of " + maxBytes + " bytes.");
  }

  private final class CountingRequest extends ServerHttpRequestDecorator {

    CountingRequest(ServerHttpRequest delegate) {
      super(delegate);
    }

    @Override
    public Flux<DataBuffer> getBody() {
      return Flux.defer(
          () -> {
            AtomicLong seen = new AtomicLong();
            return super.getBody()
                .map(
                    buffer -> {
                      if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        throw tooLarge();
                      }
                      return buffer;
                    });
          });
    }
  }
}
