package org.kaohe.platform.kafka;

import com.ethlo.time.ITU;
import io.cloudevents.CloudEventData;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventRWException;
import io.cloudevents.rw.CloudEventWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes of one consumed record as the Kafka binding's rules read them, checked as the
 * SDK's own event builder checks them, and turned straight into our event: no SDK event is built
 * and copied on the way. {@code source} and {@code dataschema} must be URI references, {@code time}
 * an RFC 3339 timestamp, every extension name lower-case letters and digits; {@code id}, {@code
 * source} and {@code type} are required.
 */
final class RecordAttributes implements CloudEventWriter<TypedCloudEvent> {
  private String id;
  private URI source;
  private String type;
  private String subject;
  private Instant time;
  private String dataSchema;
  private final Map<String, String> extensions = new HashMap<>();

  @Override
  public CloudEventContextWriter withContextAttribute(String name, String value) {
    switch (name) {
      case "id" -> id = value;
      case "source" -> source = uri(name, value);
      case "type" -> type = value;
      case "subject" -> subject = value;
      case "datacontenttype" -> {
        // the data is read as its catalogued type's JSON whatever the record claims
      }
      case "dataschema" -> dataSchema = uri(name, value).toString();
      case "time" -> time = time(value);
      default -> {
        if (!isExtensionName(name)) {
          throw CloudEventRWException.newInvalidExtensionName(name);
        }
        extensions.put(name, value);
      }
    }
    return this;
  }

  @Override
  public TypedCloudEvent end(CloudEventData data) {
    requireCore();
    return new TypedCloudEvent(
        id,
        source,
        type,
        subject,
        time,
        dataSchema,
        CloudEventCodec.data(type, id, data == null ? null : data.toBytes()),
        extensions);
  }

  @Override
  public TypedCloudEvent end() {
    return end(null);
  }

  private void requireCore() {
    String missing = id == null ? "id" : source == null ? "source" : type == null ? "type" : null;
    if (missing != null) {
      throw CloudEventRWException.newOther("the required attribute " + missing + " is missing");
    }
  }

  /**
   * The URI references already parsed: every record of a producer repeats its source and each type
   * its schema, so there are few. Past the bound, a record's references are parsed for it alone.
   */
  private static final int KNOWN_URIS = 256;

  private static final Map<String, URI> URIS = new ConcurrentHashMap<>();

  private static URI uri(String name, String value) {
    URI known = URIS.get(value);
    if (known != null) {
      return known;
    }
    URI parsed;
    try {
      parsed = new URI(value);
    } catch (URISyntaxException e) {
      throw CloudEventRWException.newInvalidAttributeValue(name, value, e);
    }
    if (URIS.size() < KNOWN_URIS) {
      URIS.putIfAbsent(value, parsed);
    }
    return parsed;
  }

  private static Instant time(String value) {
    try {
      return ITU.parseDateTime(value).toInstant();
    } catch (DateTimeException e) {
      throw CloudEventRWException.newInvalidAttributeValue("time", value, e);
    }
  }

  /** CloudEvents 1.0: an extension's name consists of lower-case ASCII letters and digits. */
  private static boolean isExtensionName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
