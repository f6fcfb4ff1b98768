package org.kaohe.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Requests sent at once from a pool of threads, released together; answers in request order. */
final class Concurrently {
  private Concurrently() {}

  /** The same request, this many times at once. */
  static <T> List<T> times(int requests, Callable<T> request) throws Exception {
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      calls.add(request);
    }
    return call(requests, calls);
  }

  /** One request for each input, on this many threads. */
  static <I, T> List<T> each(int threads, List<I> inputs, Function<I, T> request) throws Exception {
    List<Callable<T>> calls = new ArrayList<>();
    for (I input : inputs) {
      calls.add(() -> request.apply(input));
    }
    return call(threads, calls);
  }

  private static <T> List<T> call(int threads, List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
