package org.kaohe.assessment.idempotency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A request body read once, as it arrives, and kept to be handed on: in memory up to a small size,
 * beyond it in a temporary file, so what a body holds in memory does not grow with its size. Each
 * buffer is shown to an observer (the fingerprint) on its way and released once kept.
 */
final class SpooledBody implements AutoCloseable {
  // Buffers taken from the connection ahead of the one being kept.
  private static final int PREFETCH = 2;
  private static final int READ_CHUNK = 8192;

  private final int maxInMemory;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private int peakInMemory;
  private Path file;
  private FileChannel channel;
  private long size;

  private SpooledBody(int maxInMemory) {
    this.maxInMemory = maxInMemory;
  }

  /**
   * @param maxBytes the largest body; a larger one fails with {@link DataBufferLimitException}
   * @param maxInMemory the most bytes kept in memory; a larger body goes to a temporary file
   */
  static Mono<SpooledBody> of(
      Flux<DataBuffer> body, long maxBytes, int maxInMemory, Consumer<DataBuffer> observer) {
    return Mono.defer(
        () -> {
          SpooledBody spooled = new SpooledBody(maxInMemory);
          // Each buffer is consumed by the reduction, which releases it once kept; a buffer
          // dropped on an error or cancel is released by the discard hook instead.
          return body.publishOn(Schedulers.boundedElastic(), PREFETCH)
              .reduce(
                  spooled,
                  (kept, buffer) -> {
                    try {
                      observer.accept(buffer);
                      kept.keep(buffer, maxBytes);
                    } finally {
                      DataBufferUtils.release(buffer);
                    }
                    return kept;
                  })
              .map(SpooledBody::finished)
              .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
              .doOnError(failure -> spooled.close())
              .doOnCancel(spooled::close);
        });
  }

  /** The body, read afresh from where it is kept. */
  Flux<DataBuffer> content(DataBufferFactory factory) {
    if (file == null) {
      return Flux.defer(() -> Flux.just(factory.wrap(memory.toByteArray())));
    }
    return DataBufferUtils.read(file, factory, READ_CHUNK);
  }

  long size() {
    return size;
  }

  /** The most this body ever held in memory, for tests of the bound. */
  int peakBytesInMemory() {
    return peakInMemory;
  }

  boolean inFile() {
    return file != null;
  }

  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void keep(DataBuffer buffer, long maxBytes) {
    int length = buffer.readableByteCount();
    size += length;
    if (size > maxBytes) {
      throw new DataBufferLimitException("Exceeded limit on max bytes to buffer : " + maxBytes);
    }
    try {
      if (channel == null && memory.size() + length <= maxInMemory) {
        byte[] bytes = new byte[length];
        buffer.read(bytes);
        memory.writeBytes(bytes);
        peakInMemory = Math.max(peakInMemory, memory.size());
        return;
      }
      if (channel == null) {
        file = Files.createTempFile("kaohe-keyed-body-", ".part");
        channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap(memory.toByteArray()));
        memory = new ByteArrayOutputStream();
      }
      try (DataBuffer.ByteBufferIterator buffers = buffer.readableByteBuffers()) {
        while (buffers.hasNext()) {
          ByteBuffer bytes = buffers.next();
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SpooledBody finished() {
    try {
      if (channel != null) {
        channel.close();
        channel = null;
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
