package org.kaohe.assessment.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
 */
public final class SequencedDocuments {
  public static final String LAST_SEQUENCE = "lastSequence";
  private final MongoCollection<Document> collection;

  public SequencedDocuments(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  public void apply(String id, long sequence, List<Bson> updates) {
    List<Bson> all = new ArrayList<>(updates);
    all.add(Updates.set(LAST_SEQUENCE, sequence));
    try {
      collection.updateOne(
          Filters.and(Filters.eq("_id", id), Filters.lt(LAST_SEQUENCE, sequence)),
          Updates.combine(all),
          new UpdateOptions().upsert(true));
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
