package org.kaohe.platform.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.EventJson;

/**
 * Between our typed events and the CloudEvents SDK's: the SDK's Kafka binding then writes and reads
 * the records in binary content mode (attributes as {@code ce_*} headers, the JSON data as the
 * record value, {@code content-type: application/json}), so any CloudEvents consumer reads ours.
 */
public final class CloudEventCodec {
  public static final String CONTENT_TYPE = "application/json";
  private static final CloudEventDeserializer DESERIALIZER = new CloudEventDeserializer();

  private CloudEventCodec() {}

  /** The SDK's event for ours; the SDK rejects attribute and extension names the spec forbids. */
  public static CloudEvent encode(TypedCloudEvent event) {
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(event.id())
            .withSource(event.source())
            .withType(event.type())
            .withSubject(event.subject())
            .withTime(event.time() == null ? null : event.time().atOffset(ZoneOffset.UTC))
            .withDataSchema(event.dataSchema() == null ? null : URI.create(event.dataSchema()))
            .withData(CONTENT_TYPE, PojoCloudEventData.wrap(event.data(), EventJson::write));
    event.extensions().forEach(builder::withExtension);
    return builder.build();
  }

  /**
   * Our event for the SDK's, its data read into the catalogued record of its type.
   *
   * @throws PoisonRecordException for a type outside the catalogue or data that does not fit it
   */
  public static TypedCloudEvent decode(CloudEvent event) {
    EventCatalog.EventType type =
        EventCatalog.forType(event.getType())
            .orElseThrow(() -> new PoisonRecordException("unknown event type " + event.getType()));
    if (event.getData() == null) {
      throw new PoisonRecordException(event.getType() + " " + event.getId() + " has no data");
    }
    Object data;
    try {
      data =
          PojoCloudEventDataMapper.from(EventJson.mapper(), type.payloadClass())
              .map(event.getData())
              .getValue();
    } catch (CloudEventRWException e) {
      throw new PoisonRecordException(
          "data of " + event.getType() + " " + event.getId() + " does not fit its type", e);
    }
    Map<String, String> extensions = new HashMap<>();
    for (String name : event.getExtensionNames()) {
      extensions.put(name, String.valueOf(event.getExtension(name)));
    }
    return new TypedCloudEvent(
        event.getId(),
        event.getSource(),
        event.getType(),
        event.getSubject(),
        event.getTime() == null ? null : event.getTime().toInstant(),
        event.getDataSchema() == null ? null : event.getDataSchema().toString(),
        data,
        extensions);
  }

  /**
   * Reads a consumed record with the SDK's deserializer.
   *
   * @throws PoisonRecordException for a record that is not a CloudEvent of a catalogued type
   */
  public static TypedCloudEvent read(ConsumerRecord<String, byte[]> record) {
    CloudEvent event;
    try {
      event = DESERIALIZER.deserialize(record.topic(), record.headers(), record.value());
    } catch (CloudEventRWException e) {
      throw new PoisonRecordException(
          "not a CloudEvent at " + position(record) + ": " + e.getMessage(), e);
    }
    return decode(event);
  }

  static String position(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
