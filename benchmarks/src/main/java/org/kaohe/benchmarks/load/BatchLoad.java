package org.kaohe.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * {@code POST /api/assessment/scores/batch} with a JSON array of distinct scores, one batch at a
 * time. A batch counts only when it is answered 2xx and the store grew by exactly its size.
 */
final class BatchLoad {
  static final String PATH = "/api/assessment/scores/batch";

  /**
   * @param everyBatch each batch's duration and CPU, warm-up ones first, to show where the measured
   *     ones begin
   * @param cpuMicrosPerScore process CPU per score over the measured batches (-1: unknown)
   */
  record Result(
      Latencies latencies,
      double scoresPerSecond,
      List<Batch> everyBatch,
      double cpuMicrosPerScore) {}

  /** One batch: how long it took, and how much CPU the process used meanwhile (-1: unknown). */
  record Batch(long nanos, long cpuNanos) {}

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
    List<Batch> everyBatch = new ArrayList<>();
    for (int i = 0; i < warmups + iterations; i++) {
      everyBatch.add(post(client, slots, service, batchSize));
    }
    List<Batch> measured = everyBatch.subList(warmups, everyBatch.size());
    long[] nanos = measured.stream().mapToLong(Batch::nanos).toArray();
    long scores = (long) batchSize * iterations;
    boolean cpuKnown = measured.stream().allMatch(batch -> batch.cpuNanos() >= 0);
    return new Result(
        new Latencies(nanos),
        scores / (LongStream.of(nanos).sum() / 1e9),
        List.copyOf(everyBatch),
        cpuKnown ? measured.stream().mapToLong(Batch::cpuNanos).sum() / 1e3 / scores : -1);
  }

  private static Batch post(
      ServiceClient client, ScoreSlots slots, InProcessService service, int batchSize) {
    String batch = slots.takeBatch(batchSize);
    long storedBefore = service.storedEvents();
    long cpuBefore = ProcessCpu.nanos();
    long start = System.nanoTime();
    int status = client.post(PATH, batch);
    long duration = System.nanoTime() - start;
    long cpuAfter = ProcessCpu.nanos();
    long stored = service.storedEvents() - storedBefore;
    if (status / 100 != 2 || stored != batchSize) {
      throw new BatchRefused(
          "HTTP " + status + ", " + stored + " of " + batchSize + " scores stored");
    }
    return new Batch(duration, cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
  }
}
