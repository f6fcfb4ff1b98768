package org.kaohe.assessment.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A read model of one document per aggregate, changed idempotently: an event's updates apply only
 * while the document holds an earlier event of the aggregate (by its sequence), so a redelivered
 * event changes nothing. The first event creates the document.
 *
 * <p>The sequence is checked on the document read by {@code _id}, then the update is written by
 * {@code _id}, rather than in one update filtered on both: the embedded MongoDB server serves only
 * {@code _id} from an index and scans the collection for any other filter (measured: this update
 * was most of the service's CPU under a batch load). The check and the write cannot interleave with
 * another event of the aggregate, because one processor thread applies a segment's events in order.
 */
public final class SequencedDocuments {
  public static final String LAST_SEQUENCE = "lastSequence";
  private final MongoCollection<Document> collection;

  public SequencedDocuments(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  public void apply(String id, long sequence, List<Bson> updates) {
    Document current =
        collection
            .find(Filters.eq("_id", id))
            .projection(Projections.include(LAST_SEQUENCE))
            .first();
    if (current != null && current.get(LAST_SEQUENCE, Number.class).longValue() >= sequence) {
      return;
    }
    List<Bson> all = new ArrayList<>(updates);
    all.add(Updates.set(LAST_SEQUENCE, sequence));
    try {
      collection.updateOne(
          Filters.eq("_id", id), Updates.combine(all), new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      // the document holds this event or a later one: the upsert collided with it
      if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  /** Empties the read model, for a replay from the start. */
  public void clear() {
    collection.deleteMany(new Document());
  }
}
