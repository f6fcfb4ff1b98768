package org.kaohe.assessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class SpooledBodyTest {
  private static final int CHUNK = 8192;
  private static final int IN_MEMORY = 64 * 1024;
  private static final long SIXTEEN_MB = 16L * 1024 * 1024;

  private final NettyDataBufferFactory connection =
      new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
  private final List<NettyDataBuffer> arrived = new ArrayList<>();

  @Test
  void aBodyAtTheLimitIsFingerprintedAndKeptInAFileHoldingNoMoreThanTheInMemorySize() {
    int chunks = (int) (SIXTEEN_MB / CHUNK);
    RequestFingerprint fingerprint = RequestFingerprint.start("POST", "/p", MediaType.TEXT_PLAIN);

    try (SpooledBody spooled =
        SpooledBody.of(body(chunks), SIXTEEN_MB, IN_MEMORY, fingerprint::update).block()) {

      assertThat(spooled.size()).isEqualTo(SIXTEEN_MB);
      assertThat(spooled.inFile()).isTrue();
      assertThat(spooled.peakBytesInMemory()).isLessThanOrEqualTo(IN_MEMORY);
      assertThat(arrived)
          .hasSize(chunks)
          .allMatch(buffer -> buffer.getNativeBuffer().refCnt() == 1);
      assertThat(fingerprint.finish()).isEqualTo(fingerprintOf(chunks));
      RequestFingerprint handedOn = RequestFingerprint.start("POST", "/p", MediaType.TEXT_PLAIN);
      spooled
          .content(DefaultDataBufferFactory.sharedInstance)
          .doOnNext(handedOn::update)
          .blockLast();
      assertThat(handedOn.finish()).isEqualTo(fingerprintOf(chunks));
    }
  }

  @Test
  void aSmallBodyStaysInMemoryAndReadsBackTheSame() {
    try (SpooledBody spooled =
        SpooledBody.of(body(2), SIXTEEN_MB, IN_MEMORY, buffer -> {}).block()) {
      assertThat(spooled.inFile()).isFalse();
      byte[] read = new byte[2 * CHUNK];
      DataBuffer content = spooled.content(DefaultDataBufferFactory.sharedInstance).blockFirst();
      content.read(read);
      assertThat(read).isEqualTo(expected(2));
    }
  }

  @Test
  void aBodyPastTheLimitFailsAndLeavesNoFileNorBufferBehind() throws Exception {
    List<Path> before = tempFiles();

    assertThatThrownBy(() -> SpooledBody.of(body(20), 10L * CHUNK, CHUNK, buffer -> {}).block())
        .isInstanceOf(DataBufferLimitException.class);

    assertThat(tempFiles()).isEqualTo(before);
    // Buffers taken ahead of the failing one are dropped by the worker thread as it stops.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(arrived).allMatch(buffer -> buffer.getNativeBuffer().refCnt() == 1));
  }

  @Test
  void closingDeletesTheFile() throws Exception {
    List<Path> before = tempFiles();
    SpooledBody spooled = SpooledBody.of(body(20), SIXTEEN_MB, CHUNK, buffer -> {}).block();
    assertThat(tempFiles()).hasSize(before.size() + 1);

    spooled.close();

    assertThat(tempFiles()).isEqualTo(before);
  }

  /**
   * The body as the connection delivers it: buffers made one at a time, as they are asked for, each
   * to be released exactly once by whoever takes it.
   */
  private Flux<DataBuffer> body(int chunks) {
    return Flux.range(0, chunks)
        .map(
            index -> {
              NettyDataBuffer buffer = connection.allocateBuffer(CHUNK);
              buffer.write(chunk(index));
              // The connection keeps a reference of its own and releases it after delivery.
              buffer.retain();
              arrived.add(buffer);
              return buffer;
            });
  }

  private static byte[] chunk(int index) {
    byte[] bytes = new byte[CHUNK];
    for (int i = 0; i < CHUNK; i++) {
      bytes[i] = (byte) (index * 31 + i);
    }
    return bytes;
  }

  private static byte[] expected(int chunks) {
    byte[] bytes = new byte[chunks * CHUNK];
    for (int index = 0; index < chunks; index++) {
      System.arraycopy(chunk(index), 0, bytes, index * CHUNK, CHUNK);
    }
    return bytes;
  }

  private static String fingerprintOf(int chunks) {
    return RequestFingerprint.of("POST", "/p", MediaType.TEXT_PLAIN, expected(chunks));
  }

  private static List<Path> tempFiles() throws Exception {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("kaohe-keyed-body-"))
          .sorted()
          .toList();
    }
  }
}
