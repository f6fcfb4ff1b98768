package org.kaohe.platform.kafka;

import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.EventJson;

/**
 * Between our typed events and the CloudEvents SDK's: the SDK's Kafka binding writes the records in
 * binary content mode (attributes as {@code ce_*} headers, the JSON data as the record value,
 * {@code content-type: application/json}), so any CloudEvents consumer reads ours. A record is read
 * by the same binding's rules in one pass over its headers, straight into our event; a record in
 * structured content mode is left to the SDK's own reader.
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
   * Reads a consumed record into our event by the Kafka protocol binding of CloudEvents.
   *
   * @throws PoisonRecordException for a record that is not a CloudEvent of a catalogued type
   */
  public static TypedCloudEvent read(ConsumerRecord<?, byte[]> record) {
    try {
      return read(record.headers(), record.value());
    } catch (CloudEventRWException | IllegalStateException e) {
      throw new PoisonRecordException(
          "not a CloudEvent at " + position(record) + ": " + e.getMessage(), e);
    }
  }

  /** Header names of the binding: {@code content-type}, and {@code ce_} before each attribute. */
  private static final String CONTENT_TYPE_HEADER = "content-type";

  private static final String ATTRIBUTE_PREFIX = "ce_";
  private static final String SPEC_VERSION = "specversion";
  private static final String SPEC_VERSION_HEADER = ATTRIBUTE_PREFIX + SPEC_VERSION;
  private static final byte[] OUR_CONTENT_TYPE = CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

  /**
   * The attribute or extension each {@code ce_} header already read carries: every record of a
   * producer repeats the same few. Past the bound, a header's name is worked out for it alone.
   */
  private static final int KNOWN_NAMES = 256;

  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  /**
   * The binding's rules, as the SDK's binary-mode reader applies them, in one pass over the headers
   * once the mode is known: the last {@code content-type} and {@code ce_specversion} headers decide
   * the mode; every other {@code ce_} header is an attribute or an extension (its name
   * lower-cased); a non-empty value is the data. The data is read as its catalogued type's JSON
   * whatever content type the record claims, so that header's value is not read for a binary-mode
   * record.
   */
  private static TypedCloudEvent read(Headers headers, byte[] value) {
    Header contentType = null;
    Header specVersion = null;
    for (Header header : headers) {
      String key = header.key();
      if (key.equals(CONTENT_TYPE_HEADER)) {
        contentType = header;
      } else if (key.equals(SPEC_VERSION_HEADER)) {
        specVersion = header;
      }
    }
    if (contentType != null
        && contentType.value() != null
        && !Arrays.equals(contentType.value(), OUR_CONTENT_TYPE)
        && EventFormatProvider.getInstance().resolveFormat(text(contentType)) != null) {
      return decode(KafkaMessageFactory.createReader(headers, value).toEvent());
    }
    if (specVersion == null || specVersion.value() == null) {
      throw CloudEventRWException.newUnknownEncodingException();
    }
    // A version the SDK does not know is refused here, as its reader refuses it.
    SpecVersion.parse(text(specVersion));
    RecordAttributes attributes = new RecordAttributes();
    for (Header header : headers) {
      String key = header.key();
      if (key.length() > ATTRIBUTE_PREFIX.length() && key.startsWith(ATTRIBUTE_PREFIX)) {
        String name = attributeName(key);
        if (!name.equals(SPEC_VERSION)) {
          if (header.value() == null) {
            throw CloudEventRWException.newInvalidAttributeValue(name, null, null);
          }
          attributes.withContextAttribute(name, text(header));
        }
      }
    }
    return value == null || value.length == 0
        ? attributes.end()
        : attributes.end(BytesCloudEventData.wrap(value));
  }

  private static String attributeName(String header) {
    String known = NAMES.get(header);
    if (known != null) {
      return known;
    }
    String name = header.substring(ATTRIBUTE_PREFIX.length()).toLowerCase(Locale.ROOT);
    if (NAMES.size() < KNOWN_NAMES) {
      NAMES.putIfAbsent(header, name);
    }
    return name;
  }

  /** A header's value as UTF-8 text; null for no header or no value. */
  static String text(Header header) {
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
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
