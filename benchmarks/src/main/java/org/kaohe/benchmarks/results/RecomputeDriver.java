package org.kaohe.benchmarks.results;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.results.engine.Recompute;

/**
 * A full recomputation of a year ({@code Recompute.run}, what {@code POST
 * /api/results/admin/recompute} runs) beside a raw consumer reading the same topics in the same
 * JVM: the raw side polls {@code byte[]} records from the first to the end and does nothing else.
 * The topics are filled first with the assessment events of every input of every unit and cadre,
 * version after version (so most are corrections), and the survey results, each published by the
 * real publisher as the relay publishes it; the live store is seeded with what the live path makes
 * of the same events, so the recomputation compares against real live results. Rounds alternate the
 * raw read and the recomputation, so both meet the same machine.
 *
 * <p>Arguments: assessment events (default 1,000,000), rounds (default 3), synthetic units in the
 * departments', institutions' and enterprises' groups beside the shipped ones (default 1,000).
 */
public final class RecomputeDriver {
  private static final int FLUSH_EVERY = 20_000;

  private RecomputeDriver() {}

  public static void main(String[] args) throws Exception {
    long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int synthetic = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    BenchReference reference = BenchReference.withSyntheticUnits(synthetic);
    System.out.printf(
        Locale.ROOT,
        "units %d (of which synthetic %d), cadres %d, inputs per version %,d; load %s%n",
        reference.reference().units().size(),
        synthetic,
        reference.reference().cadres().size(),
        new YearEvents(reference.reference(), ResultsStack.YEAR).inputs(),
        loadAverage());
    try (ResultsStack stack = ResultsStack.start(reference)) {
      Iterable<TypedCloudEvent> year =
          YearEvents.stream(reference.reference(), ResultsStack.YEAR, events);
      long started = System.nanoTime();
      long published = fill(stack.publisher(), year);
      System.out.printf(
          Locale.ROOT,
          "published %,d events in %.1f s%n",
          published,
          (System.nanoTime() - started) / 1e9);
      started = System.nanoTime();
      stack.seed(year);
      System.out.printf(
          Locale.ROOT,
          "live store seeded in %.1f s; load %s%n",
          (System.nanoTime() - started) / 1e9,
          loadAverage());
      Recompute recompute = stack.recompute();
      long rawNanos = 0;
      long recomputeNanos = 0;
      long rawRecords = 0;
      long recomputed = 0;
      System.out.println();
      List<String> cpu = new ArrayList<>();
      System.out.println("round       raw records/s   recompute events/s   recompute / raw   load");
      for (int round = 1; round <= rounds; round++) {
        CpuSplit c0 = CpuSplit.now();
        long t0 = System.nanoTime();
        long raw = rawRead(stack.kafka());
        long t1 = System.nanoTime();
        CpuSplit c1 = CpuSplit.now();
        Recompute.Report report = recompute.run(ResultsStack.YEAR);
        long t2 = System.nanoTime();
        CpuSplit c2 = CpuSplit.now();
        cpu.add(
            String.format(
                Locale.ROOT,
                "%5d   raw %s   recompute %s",
                round,
                c1.perRecordSince(c0, raw),
                c2.perRecordSince(c1, report.eventsRead())));
        rawNanos += t1 - t0;
        recomputeNanos += t2 - t1;
        rawRecords += raw;
        recomputed += report.eventsRead();
        System.out.printf(
            Locale.ROOT,
            "%5d   %,17.0f   %,18.0f   %14.2fx   %s%n",
            round,
            raw / ((t1 - t0) / 1e9),
            report.eventsRead() / ((t2 - t1) / 1e9),
            (double) (t1 - t0) / (t2 - t1) * report.eventsRead() / raw,
            loadAverage());
        if (round == rounds) {
          System.out.printf(
              Locale.ROOT,
              "%nlast round: %,d records read raw, %,d events recomputed, %d subjects compared,"
                  + " %d differences, checksum %s%n",
              raw,
              report.eventsRead(),
              report.compared(),
              report.differences().size(),
              report.checksum());
        }
      }
      System.out.println();
      System.out.println(
          "CPU per record, microseconds (this process: driver, broker, MongoDB server)");
      cpu.forEach(System.out::println);
      double ratio = (recomputed / (recomputeNanos / 1e9)) / (rawRecords / (rawNanos / 1e9));
      System.out.printf(
          Locale.ROOT,
          "pooled: raw %,.0f records/s, recompute %,.0f events/s, recompute / raw %.2fx"
              + " (goal at least 0.50x)%n",
          rawRecords / (rawNanos / 1e9),
          recomputed / (recomputeNanos / 1e9),
          ratio);
    }
  }

  /** Publishes every event on its topic, keyed by its unit, waiting for Kafka now and then. */
  private static long fill(CloudEventPublisher publisher, Iterable<TypedCloudEvent> events) {
    List<CloudEventPublisher.Sent> pending = new ArrayList<>();
    long published = 0;
    for (TypedCloudEvent event : events) {
      pending.add(publisher.send(YearEvents.topicOf(event), event.subject(), event));
      published++;
      if (pending.size() == FLUSH_EVERY) {
        publisher.awaitAll(pending);
        pending.clear();
      }
    }
    publisher.awaitAll(pending);
    return published;
  }

  /** Polls every record of the input topics to their end as they are now, as bytes. */
  static long rawRead(KafkaSettings kafka) {
    long read = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Recompute.readerSettings(kafka, "bench-raw-" + UUID.randomUUID()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS)) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        // Each record is visited, as the recomputation visits it, and nothing more is done.
        for (ConsumerRecord<byte[], byte[]> ignored : consumer.poll(Duration.ofMillis(500))) {
          read++;
        }
      }
    }
    return read;
  }

  /** The system's load average over the last minute. */
  private static String loadAverage() {
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
