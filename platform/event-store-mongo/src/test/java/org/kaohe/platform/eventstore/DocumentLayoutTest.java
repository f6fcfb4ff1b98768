package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {

  @Test
  void anEventIsStoredUnderItsAggregateAndSequenceWithItsIdInAFieldOfItsOwn() {
    MongoDatabase database = TestEvents.freshDatabase();
    MongoEventStorageEngine engine = TestEvents.engine(database);
    DomainEventMessage<?> event = TestEvents.event("round-1", 0, 80);

    engine.appendEvents(event);

    Document stored = database.getCollection("domainevents").find().first();
    assertThat(stored.getString("_id")).isEqualTo("round-1/0");
    assertThat(stored.getString("eventIdentifier")).isEqualTo(event.getIdentifier());
    assertThat(engine.readEvents("round-1").asStream().toList())
        .extracting(DomainEventMessage::getIdentifier)
        .containsExactly(event.getIdentifier());
  }

  @Test
  void aStoreWrittenBeforeTheAddressableLayoutIsStillReadByAggregateAndSequence() {
    MongoDatabase database = TestEvents.freshDatabase();
    MongoEventStorageEngine writer = TestEvents.engine(database);
    writer.appendEvents(TestEvents.event("round-1", 0, 80), TestEvents.event("round-1", 1, 82));
    Document first = database.getCollection("domainevents").find().first();
    // As the earlier layout stored events: the event id as _id, no layout marker.
    database.getCollection("counters").deleteOne(new Document("_id", "eventDocumentLayout"));
    database.getCollection("domainevents").deleteMany(new Document());
    Document legacy = new Document(first);
    legacy.put("_id", first.getString("eventIdentifier"));
    legacy.remove("eventIdentifier");
    database.getCollection("domainevents").insertOne(legacy);

    List<? extends DomainEventMessage<?>> read =
        TestEvents.engine(database).readEvents("round-1").asStream().toList();

    assertThat(read)
        .extracting(DomainEventMessage::getIdentifier)
        .containsExactly(legacy.getString("_id"));
    assertThat(new ChainVerifier(database).verifyAggregate("round-1").intact()).isTrue();
  }
}
