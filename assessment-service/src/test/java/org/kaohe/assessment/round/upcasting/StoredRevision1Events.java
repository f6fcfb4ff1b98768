package org.kaohe.assessment.round.upcasting;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.kaohe.platform.eventstore.CanonicalEvent;

/**
 * A ScoreRecordedEvent as revision 1 was stored (before it had a reason), in today's document
 * layout.
 */
public final class StoredRevision1Events {
  private StoredRevision1Events() {}

  /** Takes an index from the store's own counter, as the engine did when it stored the event. */
  private static long nextGlobalIndex(MongoDatabase database) {
    Document before =
        database
            .getCollection("counters")
            .findOneAndUpdate(
                Filters.eq("_id", "eventGlobalIndex"),
                Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return (before == null ? 0L : before.get("value", Number.class).longValue()) + 1;
  }

  public static void store(MongoDatabase database, String unitCode, String value) {
    store(database, unitCode, 0, value, null);
  }

  /** Stores the event at {@code sequence}; {@code previousValue} null means a first score. */
  public static void store(
      MongoDatabase database, String unitCode, long sequence, String value, String previousValue) {
    String roundId = unitCode + "-2026";
    Document event =
        new Document("_id", roundId + "/" + sequence)
            .append("eventIdentifier", "rev1-" + roundId + "-" + sequence)
            .append("aggregateType", "UnitRound")
            .append("aggregateIdentifier", roundId)
            .append("sequenceNumber", sequence)
            .append("payloadType", "org.kaohe.events.assessment.ScoreRecordedEvent")
            .append("payloadRevision", "1")
            .append(
                "payload",
                "{\"roundId\":\""
                    + roundId
                    + "\",\"unitCode\":\""
                    + unitCode
                    + "\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":"
                    + value
                    + ",\"previousValue\":"
                    + previousValue
                    + ",\"recordedBy\":\"wang.fang\","
                    + "\"agency\":\"PROV-STATS\",\"recordedAt\":\"2026-12-01T09:00:00Z\"}")
            .append("metaData", "{\"principal\":\"wang.fang\",\"agency\":\"PROV-STATS\"}")
            .append("timestamp", "2026-12-01T09:00:00.000Z")
            .append("globalIndex", nextGlobalIndex(database));
    String previousHash =
        sequence == 0
            ? CanonicalEvent.GENESIS
            : database
                .getCollection("domainevents")
                .find(
                    Filters.and(
                        Filters.eq("aggregateIdentifier", roundId),
                        Filters.eq("sequenceNumber", sequence - 1)))
                .first()
                .getString("hash");
    event.append("previousHash", previousHash);
    event.append("hash", CanonicalEvent.hash(event, previousHash));
    database.getCollection("domainevents").insertOne(event);
  }
}
