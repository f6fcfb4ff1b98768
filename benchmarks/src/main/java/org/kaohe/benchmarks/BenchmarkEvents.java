package org.kaohe.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

/** The events every benchmark writes, and plain documents of the same size for the raw driver. */
public final class BenchmarkEvents {
  public static final String AGGREGATE_TYPE = "UnitRound";
  public static final Serializer SERIALIZER =
      JacksonSerializer.builder()
          .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build())
          .build();

  /** Pads the payload so that its JSON is about 1 KB, as the benchmark asks. */
  private static final String REASON =
      "Corrected after the agency's review of the submitted statistics. ".repeat(12);

  private static final MetaData META_DATA =
      MetaData.with("principal", "li.wei")
          .and("agency", "PROV-STATS")
          .and("correlationId", "3f6c1d2e-5b7a-4c8d-9e0f-1a2b3c4d5e6f")
          .and("causationId", "3f6c1d2e-5b7a-4c8d-9e0f-1a2b3c4d5e6f")
          .and("requestId", "req-0001");

  private static final Document RAW_TEMPLATE = rawTemplate();

  private BenchmarkEvents() {}

  public static DomainEventMessage<ScoreRecorded> event(String aggregate, long sequence) {
    return new GenericDomainEventMessage<>(
        AGGREGATE_TYPE,
        aggregate,
        sequence,
        payload(aggregate, sequence),
        META_DATA,
        UUID.randomUUID().toString(),
        Instant.now());
  }

  public static DomainEventMessage<RoundSnapshot> snapshot(
      String aggregate, long sequence, RoundSnapshot state) {
    return new GenericDomainEventMessage<>(
        AGGREGATE_TYPE,
        aggregate,
        sequence,
        state,
        MetaData.emptyInstance(),
        UUID.randomUUID().toString(),
        Instant.now());
  }

  /**
   * A document with the fields and sizes our engine stores for {@link #event}, hashes included, so
   * the raw driver writes exactly as many bytes. Serialized once: the raw limit leaves out every
   * client-side cost but building the document.
   */
  public static Document rawDocument(String aggregate, long sequence, long globalIndex) {
    Document document = new Document(RAW_TEMPLATE);
    return document
        .append("_id", UUID.randomUUID().toString())
        .append("aggregateIdentifier", aggregate)
        .append("sequenceNumber", sequence)
        .append("globalIndex", globalIndex);
  }

  private static Document rawTemplate() {
    DomainEventMessage<ScoreRecorded> event = event("000000-2026", 0);
    String hash = "a".repeat(64);
    return new Document("_id", event.getIdentifier())
        .append("aggregateType", AGGREGATE_TYPE)
        .append("aggregateIdentifier", event.getAggregateIdentifier())
        .append("sequenceNumber", 0L)
        .append("payloadType", ScoreRecorded.class.getName())
        .append("payloadRevision", null)
        .append("payload", event.serializePayload(SERIALIZER, String.class).getData())
        .append("metaData", event.serializeMetaData(SERIALIZER, String.class).getData())
        .append("timestamp", event.getTimestamp().toString())
        .append("globalIndex", 0L)
        .append("previousHash", hash)
        .append("hash", hash);
  }

  private static ScoreRecorded payload(String aggregate, long sequence) {
    return new ScoreRecorded(
        aggregate,
        "620100",
        2026,
        "HQD-ECONOMY",
        sequence,
        sequence + 0.5,
        "li.wei",
        "PROV-STATS",
        "req-" + sequence,
        REASON);
  }
}
