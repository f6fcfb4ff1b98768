package org.kaohe.assessment.round.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.platform.eventstore.ChainVerifier;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;
import org.kaohe.tools.embedded.SharedInfrastructure;

class ScoreRecordedUpcastersTest {

  @Test
  void storedRevision1EventsLoadAsUnitsAnnualScoresAndACorrectionSaysItsReasonWasNotRecorded() {
    try (MongoClient client =
        MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
      MongoDatabase database = client.getDatabase("upcaster-test-" + System.nanoTime());
      StoredRevision1Events.store(database, "620700", 0, "77.5", null);
      StoredRevision1Events.store(database, "620700", 1, "79", "77.5");
      JacksonSerializer serializer =
          JacksonSerializer.builder()
              .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build())
              .build();
      MongoEventStorageEngine engine =
          MongoEventStorageEngine.builder()
              .database(database)
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .upcasterChain(
                  new EventUpcasterChain(
                      new ScoreRecordedRevision1Upcaster(), new ScoreRecordedRevision2Upcaster()))
              .build();

      List<? extends DomainEventMessage<?>> events =
          engine.readEvents("620700-2026").asStream().toList();

      ScoreRecordedEvent event = (ScoreRecordedEvent) events.get(0).getPayload();
      assertThat(event.value()).isEqualByComparingTo("77.5");
      assertThat(event.reason()).isNull();
      assertThat(event.isForUnit()).isTrue();
      assertThat(event.isAnnual()).isTrue();
      assertThat(event.recordedBy()).isEqualTo("wang.fang");
      ScoreRecordedEvent correction = (ScoreRecordedEvent) events.get(1).getPayload();
      assertThat(correction.previousValue()).isEqualByComparingTo("77.5");
      assertThat(correction.reason()).isEqualTo(ScoreRecordedRevision1Upcaster.REASON_NOT_RECORDED);
      assertThat(events.get(1).getPayloadType()).isEqualTo(ScoreRecordedEvent.class);
      assertThat(new ChainVerifier(database).verifyAggregate("620700-2026").intact()).isTrue();
    }
  }
}
