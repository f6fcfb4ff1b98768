package org.kaohe.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Fills a store through the engine, so every stored event is chained exactly as in production. */
public final class StoreFiller {
  /**
   * Events per commit, each for a different aggregate: global indices interleave across aggregates
   * as with many concurrent commands, at a fraction of the cost of one commit per event.
   */
  private static final int EVENTS_PER_COMMIT = 100;

  private StoreFiller() {}

  /** Appends {@code events} events spread round-robin over {@code aggregates} aggregates. */
  public static void fill(EventStorageEngine engine, int events, int aggregates) {
    long[] nextSequence = new long[aggregates];
    List<DomainEventMessage<?>> commit = new ArrayList<>(EVENTS_PER_COMMIT);
    for (int i = 0; i < events; i++) {
      int aggregate = i % aggregates;
      commit.add(BenchmarkEvents.event(aggregateId(aggregate), nextSequence[aggregate]++));
      if (commit.size() == EVENTS_PER_COMMIT || i == events - 1) {
        engine.appendEvents(commit);
        commit.clear();
      }
    }
  }

  /** Appends {@code events} events to one aggregate, in commits of {@link #EVENTS_PER_COMMIT}. */
  public static void fillOne(EventStorageEngine engine, String aggregate, int events) {
    List<DomainEventMessage<?>> commit = new ArrayList<>(EVENTS_PER_COMMIT);
    for (int sequence = 0; sequence < events; sequence++) {
      commit.add(BenchmarkEvents.event(aggregate, sequence));
      if (commit.size() == EVENTS_PER_COMMIT || sequence == events - 1) {
        engine.appendEvents(commit);
        commit.clear();
      }
    }
  }

  public static String aggregateId(int aggregate) {
    return String.format("%06d-2026", aggregate);
  }
}
