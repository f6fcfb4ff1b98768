package org.kaohe.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers 413 for a body larger than the limit: at once when {@code Content-Length} says so, or as
 * soon as a chunked body crosses it while being forwarded.
 */
final class BodySizeLimitFilter implements WebFilter, Ordered {

  // Before Spring Security (order -100): an oversized upload is refused before any other work.
  static final int ORDER = -200;

  private final long maxBytes;

  BodySizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > maxBytes) {
      return Mono.error(tooLarge());
    }
    if (declared >= 0) {
      return chain.filter(exchange);
    }
    ServerHttpRequest counted = new CountingRequest(exchange.getRequest());
    return chain.filter(exchange.mutate().request(counted).build());
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  private ResponseStatusException tooLarge() {
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
