package org.kaohe.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code POST /api/assessment/scores}, one distinct score per request, from concurrent clients. */
final class SingleScoreLoad {
  static final String PATH = "/api/assessment/scores";

  record Result(Latencies latencies, double scoresPerSecond, long failures) {}

  private SingleScoreLoad() {}

  static Result run(ServiceClient client, ScoreSlots slots, int clients, int requests)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<long[]>> perClient = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int share = requests / clients + (c < requests % clients ? 1 : 0);
        perClient.add(pool.submit(() -> postScores(client, slots, share)));
      }
      List<Long> nanos = new ArrayList<>();
      long failures = 0;
      for (Future<long[]> future : perClient) {
        for (long latency : future.get()) {
          if (latency < 0) {
            failures++;
          } else {
            nanos.add(latency);
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] latencies = nanos.stream().mapToLong(Long::longValue).toArray();
      return new Result(new Latencies(latencies), latencies.length / seconds, failures);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each request's latency in nanoseconds, negative for one not answered 201. */
  private static long[] postScores(ServiceClient client, ScoreSlots slots, int count) {
    long[] latencies = new long[count];
    for (int i = 0; i < count; i++) {
      String score = slots.take();
      long start = System.nanoTime();
      int status = client.post(PATH, score);
      long latency = System.nanoTime() - start;
      latencies[i] = status == 201 ? latency : -1;
    }
    return latencies;
  }
}
