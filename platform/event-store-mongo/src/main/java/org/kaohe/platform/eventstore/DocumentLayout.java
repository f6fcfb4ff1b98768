package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Whether a store's events can be read by their {@code _id}. Every event is written with {@code
 * _id} = its aggregate and sequence ({@link EventDocuments#streamKey}), so an aggregate's events
 * are fetched with one {@code _id $in} query, which every server answers from the primary index. A
 * store that held events before that layout (their {@code _id} was the event id) is read with the
 * range query on aggregate and sequence instead; a store that starts empty is marked addressable.
 */
final class DocumentLayout {
  private static final String MARKER = "eventDocumentLayout";
  private static final int ADDRESSABLE = 2;

  private DocumentLayout() {}

  static boolean isAddressable(
      MongoCollection<Document> counters, MongoCollection<Document> events) {
    Document marker = counters.find(Filters.eq(EventDocuments.ID, MARKER)).first();
    if (marker != null) {
      return marker.getInteger("value", 0) == ADDRESSABLE;
    }
    if (events.find().limit(1).first() != null) {
      return false;
    }
    counters.replaceOne(
        Filters.eq(EventDocuments.ID, MARKER),
        new Document(EventDocuments.ID, MARKER).append("value", ADDRESSABLE),
        new ReplaceOptions().upsert(true));
    return true;
  }
}
