package org.kaohe.events.cloudevents;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CloudEvents 1.0 event as Kaohe publishes it: the required attributes, {@code subject} (the unit
 * code), {@code time}, {@code dataschema}, JSON {@code data}, and extension attributes such as
 * {@code principal}, {@code agency}, {@code correlationid}, {@code aggregateid} and {@code
 * aggregatesequence}.
 */
public record CloudEvent(
    String id,
    URI source,
    String type,
    String subject,
    Instant time,
    String dataSchema,
    Object data,
    Map<String, String> extensions) {
  private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]{1,20}");

  public CloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(data, "data");
    extensions = Map.copyOf(extensions);
    extensions.keySet().forEach(CloudEvent::requireValidExtensionName);
  }

  public String extension(String name) {
    return extensions.get(name);
  }

  private static void requireValidExtensionName(String name) {
    if (!EXTENSION_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "CloudEvents extension names are 1-20 lower-case letters or digits, got: " + name);
    }
  }
}
