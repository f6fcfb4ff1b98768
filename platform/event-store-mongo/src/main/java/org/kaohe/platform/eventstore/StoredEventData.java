package org.kaohe.platform.eventstore;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * A stored event as Axon reads it. Unlike Axon's entry classes, which parse a timestamp on the way
 * in, format it again and parse it once more when asked, the stored text is parsed once, when the
 * message's timestamp is first used.
 */
record StoredEventData(
    String type,
    String aggregateIdentifier,
    long sequenceNumber,
    String eventIdentifier,
    String timestamp,
    String payloadType,
    String payloadRevision,
    String payload,
    String metaData)
    implements DomainEventData<String> {

  @Override
  public String getType() {
    return type;
  }

  @Override
  public String getAggregateIdentifier() {
    return aggregateIdentifier;
  }

  @Override
  public long getSequenceNumber() {
    return sequenceNumber;
  }

  @Override
  public String getEventIdentifier() {
    return eventIdentifier;
  }

  @Override
  public Instant getTimestamp() {
    return StoredTimestamps.parse(timestamp);
  }

  @Override
  public SerializedObject<String> getMetaData() {
    return new SerializedMetaData<>(metaData, String.class);
  }

  @Override
  public SerializedObject<String> getPayload() {
    return new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
  }
}
