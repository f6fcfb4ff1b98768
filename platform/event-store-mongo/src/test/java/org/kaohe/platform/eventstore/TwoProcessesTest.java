package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.SharedInfrastructure;

/**
 * The same property as {@link ConcurrentWritersContract}, with the writers in two operating-system
 * processes: this JVM and a child JVM, both appending to the same aggregates.
 */
class TwoProcessesTest {
  private static final int APPENDS = 300;

  @Test
  void aTrackerSeesEveryEventOfBothProcessesOnceAndInOrder() throws Exception {
    MongoDatabase database = TestEvents.freshDatabase();
    Set<String> committed = ConcurrentHashMap.newKeySet();
    Process child = startChildWriter(database.getName());
    Thread childOutput = new Thread(() -> collect(child, committed));
    childOutput.start();
    // Start writing only once the child is writing, so that the two really interleave.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> committed.stream().anyMatch(id -> id.startsWith("child-")));

    WriterProcess.appendAll(
        TestEvents.engine(database), "parent", APPENDS, i -> "shared-" + (i % 4), committed::add);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child writer finished").isTrue();
    childOutput.join();
    assertThat(child.exitValue()).isZero();

    List<TrackedEventMessage<?>> seen = followToTheEnd(TestEvents.engine(database));
    assertThat(committed).hasSize(2 * APPENDS);
    assertThat(
            seen.stream()
                .map(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
                .toList())
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(seen.stream().map(TrackedEventMessage::getIdentifier).toList())
        .containsExactlyInAnyOrderElementsOf(committed);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  private static Process startChildWriter(String database) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            WriterProcess.class.getName(),
            SharedInfrastructure.mongo().connectionString(),
            database,
            "child",
            Integer.toString(APPENDS))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void collect(Process child, Set<String> committed) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().filter(line -> line.startsWith("child-")).forEach(committed::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<TrackedEventMessage<?>> followToTheEnd(MongoEventStorageEngine engine) {
    List<TrackedEventMessage<?>> seen = new ArrayList<>();
    TrackingToken token = engine.createTailToken();
    List<TrackedEventMessage<?>> batch;
    do {
      batch = engine.readEvents(token, false).collect(Collectors.toList());
      seen.addAll(batch);
      if (!batch.isEmpty()) {
        token = batch.get(batch.size() - 1).trackingToken();
      }
    } while (!batch.isEmpty());
    return seen;
  }
}
