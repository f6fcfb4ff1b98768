package org.kaohe.benchmarks.load;

/**
 * {@code POST /api/assessment/scores/batch} with a JSON array of distinct scores, one batch at a
 * time. A batch counts only when it is answered 2xx and the store grew by exactly its size.
 */
final class BatchLoad {
  static final String PATH = "/api/assessment/scores/batch";

  record Result(Latencies latencies, double scoresPerSecond) {}

  /** A batch that was not accepted whole: nothing is reported for it. */
  static final class BatchRefused extends RuntimeException {
    BatchRefused(String message) {
      super(message);
    }
  }

  private BatchLoad() {}

  /** Whether the service has the endpoint: an empty batch is refused or accepted, never 404. */
  static boolean isAvailable(ServiceClient client) {
    int status = client.post(PATH, "[]");
    return status != 404 && status != 405;
  }

  /**
   * @throws BatchRefused when a batch is not accepted whole
   */
  static Result run(
      ServiceClient client,
      ScoreSlots slots,
      InProcessService service,
      int batchSize,
      int warmups,
      int iterations) {
    for (int i = 0; i < warmups; i++) {
      post(client, slots, service, batchSize);
    }
    long[] nanos = new long[iterations];
    long total = 0;
    for (int i = 0; i < iterations; i++) {
      nanos[i] = post(client, slots, service, batchSize);
      total += nanos[i];
    }
    return new Result(new Latencies(nanos), (double) batchSize * iterations / (total / 1e9));
  }

  /** The batch's duration in nanoseconds. */
  private static long post(
      ServiceClient client, ScoreSlots slots, InProcessService service, int batchSize) {
    String batch = slots.takeBatch(batchSize);
    long storedBefore = service.storedEvents();
    long start = System.nanoTime();
    int status = client.post(PATH, batch);
    long duration = System.nanoTime() - start;
    long stored = service.storedEvents() - storedBefore;
    if (status / 100 != 2 || stored != batchSize) {
      throw new BatchRefused(
          "HTTP " + status + ", " + stored + " of " + batchSize + " scores stored");
    }
    return duration;
  }
}
