package org.kaohe.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The event-store concurrency scenario: writers append to shared and own aggregates, retrying on
 * conflicts as Axon's command retry would, while a tracker follows the store with {@code
 * readEvents(token, false)}. Each writer has its own engine instance, as separate processes would.
 */
final class TrackingScenario {
  static final int WRITERS = 6;
  static final int APPENDS_PER_WRITER = 40;
  private static final Duration LIMIT = Duration.ofSeconds(30);

  /**
   * Writers that stopped give up their reserved global indices within 50 ms (ours): follow until
   * nothing came for well beyond that, and well within the gap timeout.
   */
  private static final Duration QUIET_TO_STOP = Duration.ofMillis(500);

  private final Supplier<EventStorageEngine> engines;
  private final ToLongFunction<TrackedEventMessage<?>> orderKey;

  /**
   * @param engines a new engine instance on the same store for each call
   * @param orderKey the position of an event in the order the engine promises to deliver
   */
  TrackingScenario(
      Supplier<EventStorageEngine> engines, ToLongFunction<TrackedEventMessage<?>> orderKey) {
    this.engines = engines;
    this.orderKey = orderKey;
  }

  TrackingOutcome run() throws Exception {
    Set<String> committed = ConcurrentHashMap.newKeySet();
    List<TrackingOutcome.Seen> seen = new ArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> trackerFailure = new AtomicReference<>();
    EventStorageEngine trackerEngine = engines.get();
    Thread tracker =
        new Thread(
            () -> {
              try {
                follow(trackerEngine, seen, writing);
              } catch (RuntimeException | Error e) {
                trackerFailure.set(e);
              }
            });
    tracker.start();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        EventStorageEngine engine = engines.get();
        writers.add(pool.submit(() -> write(engine, writer, start, committed)));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      writing.set(false);
    }
    tracker.join(LIMIT.toMillis());
    if (tracker.isAlive() || trackerFailure.get() != null) {
      throw new IllegalStateException("the tracker did not finish cleanly", trackerFailure.get());
    }
    return new TrackingOutcome(Set.copyOf(committed), List.copyOf(seen));
  }

  private static void write(
      EventStorageEngine engine, int writer, CountDownLatch start, Set<String> committed) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (int i = 0; i < APPENDS_PER_WRITER; i++) {
      String aggregate = i % 2 == 0 ? "shared-" + (i % 3) : "own-" + writer;
      while (true) {
        long next = engine.lastSequenceNumberFor(aggregate).map(s -> s + 1).orElse(0L);
        DomainEventMessage<?> event = BenchmarkEvents.event(aggregate, next);
        try {
          engine.appendEvents(event);
          committed.add(event.getIdentifier());
          break;
        } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
          // Another writer took this sequence: reload and retry.
        }
      }
    }
  }

  private void follow(
      EventStorageEngine engine, List<TrackingOutcome.Seen> seen, AtomicBoolean writing) {
    TrackingToken token = engine.createTailToken();
    long quietSince = Long.MAX_VALUE;
    while (System.nanoTime() - quietSince < QUIET_TO_STOP.toNanos()) {
      boolean stillWriting = writing.get();
      List<? extends TrackedEventMessage<?>> batch =
          engine.readEvents(token, false).collect(Collectors.toList());
      for (TrackedEventMessage<?> event : batch) {
        seen.add(new TrackingOutcome.Seen(event.getIdentifier(), orderKey.applyAsLong(event)));
        token = event.trackingToken();
      }
      if (stillWriting || !batch.isEmpty()) {
        quietSince = Long.MAX_VALUE;
      } else if (quietSince == Long.MAX_VALUE) {
        quietSince = System.nanoTime();
      }
    }
  }
}
