package org.kaohe.events.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.EventJson;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary content mode: attributes travel as {@code
 * ce_*} headers, the data as the JSON record value, the partition key as the record key.
 */
public final class CloudEventsKafka {
  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";
  private static final String PREFIX = "ce_";
  private static final String[] CORE = {
    "specversion", "id", "source", "type", "subject", "time", "dataschema"
  };

  private CloudEventsKafka() {}

  public static ProducerRecord<String, byte[]> toRecord(
      String topic, String key, CloudEvent event) {
    Headers headers = new RecordHeaders();
    put(headers, "specversion", SPEC_VERSION);
    put(headers, "id", event.id());
    put(headers, "source", event.source().toString());
    put(headers, "type", event.type());
    put(headers, "subject", event.subject());
    put(headers, "time", event.time() == null ? null : event.time().toString());
    put(headers, "dataschema", event.dataSchema());
    event.extensions().forEach((name, value) -> put(headers, name, value));
    headers.add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(topic, null, key, EventJson.write(event.data()), headers);
  }

  /**
   * Reads a record back. Data of a catalogued type becomes its record class; data of a type this
   * reader does not know stays a {@link JsonNode}, so consumers can skip it without failing.
   */
  public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
    Map<String, String> attributes = new HashMap<>();
    for (Header header : record.headers()) {
      if (header.key().startsWith(PREFIX) && header.value() != null) {
        attributes.put(
            header.key().substring(PREFIX.length()),
            new String(header.value(), StandardCharsets.UTF_8));
      }
    }
    String specVersion = attributes.get("specversion");
    if (!SPEC_VERSION.equals(specVersion)) {
      throw new IllegalArgumentException(
          "not a CloudEvents 1.0 record (ce_specversion="
              + specVersion
              + ") at "
              + position(record));
    }
    String type = attributes.get("type");
    Class<?> dataClass =
        EventCatalog.forType(type)
            .<Class<?>>map(EventCatalog.EventType::payloadClass)
            .orElse(JsonNode.class);
    Map<String, String> extensions = new HashMap<>(attributes);
    for (String core : CORE) {
      extensions.remove(core);
    }
    String time = attributes.get("time");
    return new CloudEvent(
        attributes.get("id"),
        URI.create(attributes.get("source")),
        type,
        attributes.get("subject"),
        time == null ? null : Instant.parse(time),
        attributes.get("dataschema"),
        EventJson.read(record.value(), dataClass),
        extensions);
  }

  private static void put(Headers headers, String attribute, String value) {
    if (value != null) {
      headers.add(PREFIX + attribute, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String position(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
