package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

/**
 * Reads events in global-index order for tracking processors, never running ahead of an index that
 * is allocated but not stored yet: such a gap is waited for up to {@code gapTimeout}, unless its
 * writer recorded it as abandoned, and only then passed over.
 *
 * <p>Indices are dense (every one is handed out by the counter), so the next batch is looked up by
 * the indices it must have — {@code $in} on the unique global-index index — instead of by a range.
 * Both use the index on a real MongoDB; the in-process server used for development and tests uses
 * an index only for equality and {@code $in}, and would scan the whole collection for every range.
 * Nothing is read from an index on that this process still has to write: under load the next index
 * is nearly always a commit of this process still in flight.
 */
final class GlobalOrderReader {
  /** How far past an empty batch to look, by index, before falling back to a range query. */
  static final int LOOKAHEAD_BATCHES = 16;

  private final MongoCollection<Document> events;
  private final AbandonedIndices abandoned;
  private final GlobalIndexCounter counter;
  private final Clock clock;
  private final Duration gapTimeout;
  private final LongUnaryOperator firstHeldFrom;

  /**
   * @param firstHeldFrom the first index at or after the one given that this process still has to
   *     write ({@code Long.MAX_VALUE}: none); a gap there may not be passed over yet, so nothing
   *     from it on is read
   */
  GlobalOrderReader(
      MongoCollection<Document> events,
      AbandonedIndices abandoned,
      GlobalIndexCounter counter,
      Clock clock,
      Duration gapTimeout,
      LongUnaryOperator firstHeldFrom) {
    this.events = events;
    this.abandoned = abandoned;
    this.counter = counter;
    this.clock = clock;
    this.gapTimeout = gapTimeout;
    this.firstHeldFrom = firstHeldFrom;
  }

  /** Up to {@code batchSize} events after {@code position}, in global order, without a skip. */
  List<TrackedEventData<?>> after(long position, int batchSize) {
    long expected = position + 1;
    long firstHeld = firstHeldFrom.applyAsLong(expected);
    if (firstHeld == expected) {
      return List.of(); // this process's own commit, still in flight: it signals when stored
    }
    long last = expected + batchSize - 1;
    List<Document> candidates = storedBetween(expected, Math.min(last, firstHeld - 1), batchSize);
    if (candidates.isEmpty() && firstHeld > last) {
      candidates = firstStoredFrom(last + 1, batchSize);
    }
    List<TrackedEventData<?>> ready = new ArrayList<>();
    for (Document document : candidates) {
      long index = document.getLong(GLOBAL_INDEX);
      if (index != expected && !gapMayBePassed(expected, index, document)) {
        break;
      }
      ready.add(EventDocuments.toTrackedEventData(document));
      expected = index + 1;
    }
    return ready;
  }

  /**
   * The stored events from the first stored index at or after {@code from}: looked up by index as
   * far as the counter has allocated them (a commit in flight, a gap left by an abandoned one),
   * then, for a wider gap, by a range query.
   */
  private List<Document> firstStoredFrom(long from, int batchSize) {
    long allocated = counter.allocated();
    if (allocated < from) {
      return List.of();
    }
    long last = Math.min(allocated, from + (long) LOOKAHEAD_BATCHES * batchSize - 1);
    List<Document> found = storedBetween(from, last, batchSize);
    if (!found.isEmpty() || last == allocated) {
      return found;
    }
    return events
        .find(Filters.gt(GLOBAL_INDEX, last))
        .sort(Sorts.ascending(GLOBAL_INDEX))
        .limit(batchSize)
        .into(new ArrayList<>());
  }

  private List<Document> storedBetween(long first, long last, int limit) {
    return events
        .find(EventDocuments.globalIndexBetween(first, last))
        .sort(Sorts.ascending(GLOBAL_INDEX))
        .limit(limit)
        .into(new ArrayList<>());
  }

  /** A gap may be passed when its writer gave it up, or has been silent for the gap timeout. */
  private boolean gapMayBePassed(long firstMissing, long nextStored, Document next) {
    if (EventDocuments.timestampOf(next).isBefore(clock.instant().minus(gapTimeout))) {
      return true;
    }
    return abandoned.givenUpBetween(firstMissing, nextStored) >= nextStored - firstMissing;
  }
}
