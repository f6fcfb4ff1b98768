package org.kaohe.platform.web.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;

class LimitedBodyTest {
  private final NettyDataBufferFactory factory =
      new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
  private final List<NettyDataBuffer> arrived = new ArrayList<>();

  @Test
  void aBodyWithinTheLimitPassesAsItArrives() {
    List<DataBuffer> passed =
        LimitedBody.limit(buffers(4), DataSize.ofBytes(40), "an uploaded file")
            .collectList()
            .block();

    assertThat(passed).hasSize(4);
    passed.forEach(DataBufferUtils::release);
  }

  @Test
  void aBodyPastTheLimitFailsWith413NamingItAndReleasesTheBufferThatCrossedIt() {
    assertThatThrownBy(
            () ->
                LimitedBody.limit(buffers(5), DataSize.ofBytes(40), "an uploaded file")
                    .doOnNext(DataBufferUtils::release)
                    .blockLast())
        .isInstanceOf(ResponseStatusException.class)
        .hasMessage("413 CONTENT_TOO_LARGE \"an uploaded file may be at most 40 bytes\"");

    assertThat(arrived).hasSize(5).allMatch(buffer -> buffer.getNativeBuffer().refCnt() == 0);
  }

  private Flux<DataBuffer> buffers(int count) {
    return Flux.range(0, count)
        .map(
            index -> {
              NettyDataBuffer buffer = factory.allocateBuffer(10);
              buffer.write(new byte[10]);
              arrived.add(buffer);
              return buffer;
            });
  }
}
