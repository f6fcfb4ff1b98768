package org.kaohe.results.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decodes batches on worker threads while the caller goes on reading, and hands each decoded batch
 * to the caller's consumer on the caller's thread, strictly in the order the batches were given:
 * decoding is independent per record, applying is not. At most {@code inFlight} batches wait, so
 * memory stays bounded however far reading runs ahead.
 */
final class InOrderDecoding<T, R> implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private final Function<List<T>, List<R>> decode;
  private final Consumer<List<R>> apply;
  private final int inFlight;
  private final ExecutorService workers;
  private final Deque<Future<List<R>>> pending = new ArrayDeque<>();

  InOrderDecoding(
      int threads, int inFlight, Function<List<T>, List<R>> decode, Consumer<List<R>> apply) {
    this.decode = decode;
    this.apply = apply;
    this.inFlight = inFlight;
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread worker =
                  new Thread(runnable, "results-decode-" + pool + "-" + thread.incrementAndGet());
              worker.setDaemon(true);
              return worker;
            });
  }

  /** Queues a batch; applies the batches already decoded, waiting only when too many wait. */
  void submit(List<T> batch) {
    pending.addLast(workers.submit(() -> decode.apply(batch)));
    while (pending.size() > inFlight || (!pending.isEmpty() && pending.peekFirst().isDone())) {
      applyFirst();
    }
  }

  /** Applies every batch still waiting, in order. */
  void finish() {
    while (!pending.isEmpty()) {
      applyFirst();
    }
  }

  private void applyFirst() {
    try {
      apply.accept(pending.removeFirst().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pending.forEach(future -> future.cancel(true));
    workers.shutdownNow();
  }
}
