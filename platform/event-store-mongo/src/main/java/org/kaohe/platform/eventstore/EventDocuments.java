package org.kaohe.platform.eventstore;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The stored form of an event: one MongoDB document, its field names fixed forever. */
final class EventDocuments {
  static final String ID = "_id";
  static final String EVENT_ID = "eventIdentifier";
  static final String GLOBAL_INDEX = "globalIndex";
  static final String AGGREGATE_TYPE = "aggregateType";
  static final String AGGREGATE_ID = "aggregateIdentifier";
  static final String SEQUENCE = "sequenceNumber";
  static final String TYPE = "payloadType";
  static final String REVISION = "payloadRevision";
  static final String PAYLOAD = "payload";
  static final String META_DATA = "metaData";
  static final String TIMESTAMP = "timestamp";
  static final String PREVIOUS_HASH = "previousHash";
  static final String HASH = "hash";

  private EventDocuments() {}

  static Document toDocument(DomainEventMessage<?> event, Serializer serializer, Long globalIndex) {
    SerializedObject<String> payload = event.serializePayload(serializer, String.class);
    SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
    Document document =
        new Document(ID, streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()))
            .append(EVENT_ID, event.getIdentifier())
            .append(AGGREGATE_TYPE, event.getType())
            .append(AGGREGATE_ID, event.getAggregateIdentifier())
            .append(SEQUENCE, event.getSequenceNumber())
            .append(TYPE, payload.getType().getName())
            .append(REVISION, payload.getType().getRevision())
            .append(PAYLOAD, payload.getData())
            .append(META_DATA, metaData.getData())
            .append(TIMESTAMP, StoredTimestamps.format(event.getTimestamp()));
    if (globalIndex != null) {
      document.append(GLOBAL_INDEX, globalIndex);
    }
    return document;
  }

  /**
   * The events with a global index in [first, last], asked for by each index: every server answers
   * {@code $in} from the unique global-index index, where the in-process one scans for a range.
   */
  static Bson globalIndexBetween(long first, long last) {
    return Filters.in(GLOBAL_INDEX, LongStream.rangeClosed(first, last).boxed().toList());
  }

  /** An event's {@code _id}: its aggregate and sequence, e.g. {@code 620100-2026/3}. */
  static String streamKey(String aggregateIdentifier, long sequenceNumber) {
    return aggregateIdentifier + "/" + sequenceNumber;
  }

  static DomainEventData<String> toDomainEventData(Document document) {
    return new StoredEventData(
        document.getString(AGGREGATE_TYPE),
        document.getString(AGGREGATE_ID),
        document.getLong(SEQUENCE),
        document.getString(EVENT_ID),
        document.getString(TIMESTAMP),
        document.getString(TYPE),
        document.getString(REVISION),
        document.getString(PAYLOAD),
        document.getString(META_DATA));
  }

  static TrackedDomainEventData<String> toTrackedEventData(Document document) {
    return new TrackedDomainEventData<>(
        new GlobalSequenceTrackingToken(document.getLong(GLOBAL_INDEX)),
        toDomainEventData(document));
  }

  static Instant timestampOf(Document document) {
    return StoredTimestamps.parse(document.getString(TIMESTAMP));
  }
}
