package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Allocates ranges of the global index. Reads the value from before the increment: the in-process
 * MongoDB server can hand concurrent callers the same post-increment value (it serializes the live
 * document after another caller changed it), but never the same pre-increment one.
 */
final class GlobalIndexCounter {
  private static final String COUNTER_ID = "eventGlobalIndex";
  private final MongoCollection<Document> counters;

  GlobalIndexCounter(MongoCollection<Document> counters) {
    this.counters = counters;
  }

  /** How many indices were ever handed out. */
  long allocated() {
    Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
    return counter == null ? 0L : counter.get("value", Number.class).longValue();
  }

  /** Reserves {@code count} consecutive indices and returns the first; indices start at 1. */
  long allocate(int count) {
    Document before =
        counters.findOneAndUpdate(
            Filters.eq("_id", COUNTER_ID),
            Updates.inc("value", (long) count),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    long previous = before == null ? 0L : before.get("value", Number.class).longValue();
    return previous + 1;
  }
}
