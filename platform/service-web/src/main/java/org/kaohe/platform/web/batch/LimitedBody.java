package org.kaohe.platform.web.batch;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads a body, refusing with 413 as soon as it grows past the limit. */
public final class LimitedBody {
  private LimitedBody() {}

  /**
   * The whole body in memory.
   *
   * @param what names the body in the 413's detail, e.g. "a batch"
   */
  public static Mono<byte[]> read(Flux<DataBuffer> body, DataSize limit, String what) {
    return DataBufferUtils.join(body, (int) Math.min(Integer.MAX_VALUE, limit.toBytes()))
        .map(
            joined -> {
              byte[] bytes = new byte[joined.readableByteCount()];
              joined.read(bytes);
              DataBufferUtils.release(joined);
              return bytes;
            })
        .defaultIfEmpty(new byte[0])
        .onErrorMap(DataBufferLimitException.class, tooLarge -> tooLarge(limit, what));
  }

  /**
   * The body as it arrives, failing once more than the limit has passed; the buffer that crosses
   * the limit is released, not passed on.
   *
   * @param what names the body in the 413's detail, e.g. "an uploaded file"
   */
  public static Flux<DataBuffer> limit(Flux<DataBuffer> body, DataSize limit, String what) {
    return Flux.defer(
        () -> {
          AtomicLong seen = new AtomicLong();
          return body.handle(
              (buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                  DataBufferUtils.release(buffer);
                  sink.error(tooLarge(limit, what));
                } else {
                  sink.next(buffer);
                }
              });
        });
  }

  private static ResponseStatusException tooLarge(DataSize limit, String what) {
    return new ResponseStatusException(
        HttpStatus.CONTENT_TOO_LARGE, what + " may be at most " + limit.toBytes() + " bytes");
  }
}
