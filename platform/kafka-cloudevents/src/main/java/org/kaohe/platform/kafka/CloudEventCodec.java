package org.kaohe.platform.kafka;

import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.io.IOException;
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

  /** One reader per payload type, made once: a reader is immutable and shared by all threads. */
  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return EventJson.mapper().readerFor(type);
        }
      };

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
    Object data =
        data(
            event.getType(),
            event.getId(),
            event.getData() == null ? null : event.getData().toBytes());
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
   * Reads a consumed record with the SDK's binary-mode reader, straight into our event.
   *
   * @throws PoisonRecordException for a record that is not a CloudEvent of a catalogued type
   */
  public static TypedCloudEvent read(ConsumerRecord<String, byte[]> record) {
    try {
      return KafkaMessageFactory.createReader(record.headers(), record.value())
          .read(version -> new RecordAttributes());
    } catch (CloudEventRWException | IllegalStateException e) {
      throw new PoisonRecordException(
          "not a CloudEvent at " + position(record) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The data of an event of the type, read into its catalogued record.
   *
   * @throws PoisonRecordException for a type outside the catalogue, no data, or data that does not
   *     fit the type
   */
  static Object data(String type, String id, byte[] json) {
    EventCatalog.EventType catalogued =
        EventCatalog.forType(type)
            .orElseThrow(() -> new PoisonRecordException("unknown event type " + type));
    if (json == null) {
      throw new PoisonRecordException(type + " " + id + " has no data");
    }
    try {
      return READERS.get(catalogued.payloadClass()).readValue(json);
    } catch (IOException | RuntimeException e) {
      throw new PoisonRecordException("data of " + type + " " + id + " does not fit its type", e);
    }
  }

  static String position(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
