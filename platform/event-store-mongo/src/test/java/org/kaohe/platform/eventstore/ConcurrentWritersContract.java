package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Property: with several writers appending to shared and own aggregates while a tracker follows the
 * store, the tracker sees every committed event exactly once, in increasing global order.
 */
abstract class ConcurrentWritersContract {
  private static final int WRITERS = 6;
  private static final int APPENDS_PER_WRITER = 40;

  @RepeatedTest(3)
  void aTrackerSeesEveryCommittedEventOnceAndInOrder() throws Exception {
    writeAndFollow(false);
  }

  /** The writers share one engine, as the threads of one service do: their commits are grouped. */
  @RepeatedTest(3)
  void aTrackerSeesEveryEventOfGroupedCommitsOnceAndInOrder() throws Exception {
    writeAndFollow(true);
  }

  private void writeAndFollow(boolean oneEngine) throws Exception {
    MongoDatabase database = freshDatabase();
    MongoEventStorageEngine shared = TestEvents.engine(database);
    Set<String> committed = ConcurrentHashMap.newKeySet();
    List<TrackedEventMessage<?>> seen = new ArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    MongoEventStorageEngine tracker = TestEvents.engine(database);

    Thread tracking = new Thread(() -> follow(tracker, seen, writing));
    tracking.start();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      // Unless shared, each writer has its own engine and state, as separate processes would.
      MongoEventStorageEngine engine = oneEngine ? shared : TestEvents.engine(database);
      writers.add(pool.submit(() -> write(engine, writer, start, committed)));
    }
    start.countDown();
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();
    writing.set(false);
    tracking.join(Duration.ofSeconds(60).toMillis());

    List<Long> indices =
        seen.stream()
            .map(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
            .toList();
    assertThat(indices).isSorted().doesNotHaveDuplicates();
    assertThat(seen.stream().map(TrackedEventMessage::getIdentifier).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(committed);
    System.out.println(
        "DEBUG "
            + new ChainVerifier(database).verifyAll()
            + " "
            + database.getCollection("domainevents.abandoned").find().into(new ArrayList<>())
            + " "
            + database.getCollection("counters").find().into(new ArrayList<>())
            + " "
            + indices);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  protected abstract MongoDatabase freshDatabase();

  private static void write(
      MongoEventStorageEngine engine, int writer, CountDownLatch start, Set<String> committed) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    WriterProcess.appendAll(
        engine,
        "w" + writer,
        APPENDS_PER_WRITER,
        i -> i % 2 == 0 ? "shared-" + (i % 3) : "own-" + writer,
        committed::add);
  }

  private static void follow(
      MongoEventStorageEngine engine, List<TrackedEventMessage<?>> seen, AtomicBoolean writing) {
    TrackingToken token = engine.createTailToken();
    // Writers that stopped give up their reserved indices within the reserve hold (50 ms): follow
    // until nothing came for well beyond it, and well within the gap timeout.
    long idleSince = Long.MAX_VALUE;
    while (System.nanoTime() - idleSince < Duration.ofMillis(500).toNanos()) {
      boolean stillWriting = writing.get();
      List<TrackedEventMessage<?>> batch =
          engine.readEvents(token, false).collect(java.util.stream.Collectors.toList());
      for (TrackedEventMessage<?> event : batch) {
        seen.add(event);
        token = event.trackingToken();
      }
      if (stillWriting || !batch.isEmpty()) {
        idleSince = Long.MAX_VALUE;
      } else if (idleSince == Long.MAX_VALUE) {
        idleSince = System.nanoTime();
      }
    }
  }
}
