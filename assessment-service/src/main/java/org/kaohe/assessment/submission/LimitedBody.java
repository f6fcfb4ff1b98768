package org.kaohe.assessment.submission;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads a whole body into memory, refusing with 413 as soon as it grows past the limit. */
public final class LimitedBody {
  private LimitedBody() {}

  /**
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
        .onErrorMap(
            DataBufferLimitException.class,
            tooLarge ->
                new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    what + " may be at most " + limit.toBytes() + " bytes"));
  }
}
