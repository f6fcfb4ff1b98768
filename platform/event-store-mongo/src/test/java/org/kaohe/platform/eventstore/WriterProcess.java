package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A second writing process for {@link TwoProcessesTest}: appends to shared aggregates and prints
 * the id of every event it committed, one per line.
 *
 * <p>Arguments: MongoDB URI, database name, writer name, number of appends.
 */
public final class WriterProcess {
  private WriterProcess() {}

  public static void main(String[] args) {
    try (MongoClient client = MongoClients.create(args[0])) {
      MongoEventStorageEngine engine = TestEvents.engine(client.getDatabase(args[1]));
      appendAll(
          engine,
          args[2],
          Integer.parseInt(args[3]),
          i -> "shared-" + (i % 4),
          id -> System.out.println(id));
      engine.releaseReservedIndices();
    }
    System.exit(0);
  }

  /** Appends to the aggregate {@code aggregateOf} names for each step, retrying on conflicts. */
  static void appendAll(
      MongoEventStorageEngine engine,
      String writer,
      int appends,
      IntFunction<String> aggregateOf,
      Consumer<String> committed) {
    for (int i = 0; i < appends; i++) {
      String aggregate = aggregateOf.apply(i);
      while (true) {
        long next = engine.lastSequenceNumberFor(aggregate).map(s -> s + 1).orElse(0L);
        String id = writer + "-" + i + "-" + next;
        try {
          engine.appendEvents(
              new GenericDomainEventMessage<>(
                  "Round",
                  aggregate,
                  next,
                  new TestEvents.ScoreSet("X", i),
                  MetaData.emptyInstance(),
                  id,
                  Instant.now()));
          committed.accept(id);
          break;
        } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
          // The other process took this sequence: reload and retry.
        }
      }
    }
  }
}
