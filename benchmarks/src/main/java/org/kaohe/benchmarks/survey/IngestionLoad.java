package org.kaohe.benchmarks.survey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.kaohe.benchmarks.load.Latencies;
import org.kaohe.survey.responses.RespondentKeys;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.responses.StoredResponse;

/**
 * The same responses two ways, in alternating rounds so that both sides meet the same machine
 * (other work on it comes and goes) and the same store size: NDJSON batches through the gateway to
 * the survey service, and the raw baseline: the same documents, encoded by the service's own {@link
 * ResponseStore#encoded}, written with one unordered {@code insertMany} per batch straight into a
 * collection of another database of the same MongoDB server, with the same indexes. Both sides send
 * the same number of batches at once. Each round's batches are made before it starts, so neither
 * side is timed generating or hashing them.
 */
final class IngestionLoad {

  /** One side's figures over every measured round. */
  record Side(long responses, long wallNanos, Latencies batches, long[] cpuNanos) {
    double responsesPerSecond() {
      return responses / (wallNanos / 1e9);
    }

    /** CPU per response of each process, in microseconds. */
    double[] cpuMicrosPerResponse() {
      double[] micros = new double[cpuNanos.length];
      for (int i = 0; i < micros.length; i++) {
        micros[i] = cpuNanos[i] / 1e3 / responses;
      }
      return micros;
    }
  }

  record Result(Side gateway, Side raw, List<String> processes) {}

  private final SurveyApi api;
  private final MongoCollection<RawBsonDocument> rawResponses;
  private final RespondentKeys rawKeys;
  private final ProcessesCpu cpu;
  private final int batchSize;
  private final int clients;
  private final PrintStream out;

  IngestionLoad(
      SurveyApi api,
      MongoCollection<Document> rawResponses,
      RespondentKeys rawKeys,
      ProcessesCpu cpu,
      int batchSize,
      int clients,
      PrintStream out) {
    this.api = api;
    this.rawResponses = rawResponses.withDocumentClass(RawBsonDocument.class);
    this.rawKeys = rawKeys;
    this.cpu = cpu;
    this.batchSize = batchSize;
    this.clients = clients;
    this.out = out;
  }

  /**
   * Sends {@code responses} responses of the campaign both ways.
   *
   * @param roundBatches batches per side in each round
   */
  Result run(String campaignId, ResponseGenerator generator, long responses, int roundBatches)
      throws Exception {
    rawKeys.create(campaignId);
    long batches = responses / batchSize;
    long rounds = (batches + roundBatches - 1) / roundBatches;
    Accumulator gateway = new Accumulator(cpu.names().size());
    Accumulator raw = new Accumulator(cpu.names().size());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (long round = 0; round < rounds; round++) {
        long first = round * roundBatches;
        int count = (int) Math.min(roundBatches, batches - first);
        List<byte[]> bodies = new ArrayList<>(count);
        List<List<StoredResponse>> documents = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
          List<GeneratedResponse> batch = generator.responses((first + b) * batchSize, batchSize);
          bodies.add(
              batch.stream()
                  .map(GeneratedResponse::json)
                  .collect(Collectors.joining("\n"))
                  .getBytes(StandardCharsets.UTF_8));
          documents.add(
              batch.stream()
                  .map(
                      r ->
                          r.stored(
                              campaignId,
                              rawKeys.hash(campaignId, r.respondentKey()).orElseThrow()))
                  .toList());
        }
        // Alternate which side goes first, so neither always follows the other's garbage.
        Runnable viaGateway =
            () -> gateway.add(phase(pool, count, b -> postBatch(campaignId, bodies.get(b))));
        Runnable straight = () -> raw.add(phase(pool, count, b -> insert(documents.get(b))));
        if (round % 2 == 0) {
          viaGateway.run();
          straight.run();
        } else {
          straight.run();
          viaGateway.run();
        }
        out.printf(
            "  round %d/%d: %,d responses per side; so far gateway %,.0f/s, raw %,.0f/s%n",
            round + 1,
            rounds,
            (long) count * batchSize,
            gateway.side().responsesPerSecond(),
            raw.side().responsesPerSecond());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(gateway.side(), raw.side(), cpu.names());
  }

  private long postBatch(String campaignId, byte[] body) {
    long start = System.nanoTime();
    SurveyApi.BatchAnswer answer = api.postBatch(campaignId, body);
    long nanos = System.nanoTime() - start;
    if (!answer.wholeBatchStored(batchSize)) {
      throw new IllegalStateException(
          "a batch was not stored whole: HTTP "
              + answer.status()
              + ", "
              + answer.stored()
              + " stored, "
              + answer.refused()
              + " refused "
              + answer.body());
    }
    return nanos;
  }

  private long insert(List<StoredResponse> batch) {
    long start = System.nanoTime();
    rawResponses.insertMany(
        ResponseStore.encoded(UUID.randomUUID().toString(), batch),
        new InsertManyOptions().ordered(false));
    return System.nanoTime() - start;
  }

  private interface TimedBatch {
    long nanos(int batch);
  }

  private record Phase(long wallNanos, long[] batchNanos, long[] cpuNanos, long responses) {}

  /** The batches, {@code clients} at a time, each client taking the next one not yet sent. */
  private Phase phase(ExecutorService pool, int count, TimedBatch task) {
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[count];
    long[] cpuBefore = cpu.nanos();
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int b = next.getAndIncrement(); b < count; b = next.getAndIncrement()) {
                  nanos[b] = task.nanos(b);
                }
              }));
    }
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a batch failed", e);
    }
    long wall = System.nanoTime() - start;
    long[] cpuAfter = cpu.nanos();
    long[] used = new long[cpuAfter.length];
    for (int i = 0; i < used.length; i++) {
      used[i] = cpuAfter[i] - cpuBefore[i];
    }
    return new Phase(wall, nanos, used, (long) count * batchSize);
  }

  /** Sums the phases of one side. */
  private static final class Accumulator {
    private long responses;
    private long wallNanos;
    private final List<long[]> batches = new ArrayList<>();
    private final long[] cpuNanos;

    Accumulator(int processes) {
      cpuNanos = new long[processes];
    }

    synchronized void add(Phase phase) {
      responses += phase.responses();
      wallNanos += phase.wallNanos();
      batches.add(phase.batchNanos());
      for (int i = 0; i < cpuNanos.length; i++) {
        cpuNanos[i] += phase.cpuNanos()[i];
      }
    }

    synchronized Side side() {
      long[] all = batches.stream().flatMapToLong(java.util.Arrays::stream).toArray();
      return new Side(responses, wallNanos, new Latencies(all), cpuNanos.clone());
    }
  }
}
