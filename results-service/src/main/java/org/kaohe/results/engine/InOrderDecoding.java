package org.kaohe.results.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decodes batches on worker threads and hands each decoded batch to the consumer on one applying
 * thread, strictly in the order the batches were given, while the caller goes on reading: decoding
 * is independent per record, applying is not, and reading, decoding and applying each keep a core
 * busy. At most {@code inFlight} batches are queued, so memory stays bounded however far reading
 * runs ahead. Once a batch fails to decode or apply, nothing after it is applied and the failure
 * reaches the caller.
 */
final class InOrderDecoding<T, R> implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private final Function<List<T>, List<R>> decode;
  private final Consumer<List<R>> apply;
  private final Semaphore queued;
  private final ExecutorService workers;
  private final ExecutorService applier;
  private Future<?> last = CompletableFuture.completedFuture(null);

  /** The first failure, set on the applying thread. */
  private volatile Throwable failure;

  InOrderDecoding(
      int threads, int inFlight, Function<List<T>, List<R>> decode, Consumer<List<R>> apply) {
    this.decode = decode;
    this.apply = apply;
    this.queued = new Semaphore(inFlight);
    String pool = "results-decode-" + POOLS.incrementAndGet() + "-";
    AtomicInteger thread = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads, runnable -> daemon(runnable, pool + thread.incrementAndGet()));
    this.applier = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, pool + "apply"));
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Queues a batch, waiting only while too many are queued. */
  void submit(List<T> batch) {
    throwIfFailed();
    try {
      queued.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding", e);
    }
    Future<List<R>> decoded = workers.submit(() -> decode.apply(batch));
    last = applier.submit(() -> applyInOrder(decoded));
  }

  /** Waits until every batch given is applied. */
  void finish() {
    try {
      last.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    throwIfFailed();
  }

  private void applyInOrder(Future<List<R>> decoded) {
    try {
      if (failure == null) {
        apply.accept(decoded.get());
      }
    } catch (ExecutionException e) {
      failure = e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new IllegalStateException("interrupted while decoding", e);
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      queued.release();
    }
  }

  private void throwIfFailed() {
    Throwable failed = failure;
    if (failed instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failed instanceof Error error) {
      throw error;
    }
    if (failed != null) {
      throw new IllegalStateException(failed);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    applier.shutdownNow();
  }
}
