package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class EventDocumentsTest {

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
}
