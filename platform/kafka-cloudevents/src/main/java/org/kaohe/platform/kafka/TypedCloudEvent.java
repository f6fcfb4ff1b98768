package org.kaohe.platform.kafka;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event as Kaohe publishes it, with its data as the catalogued event record: the
 * required attributes, {@code subject} (the unit code), {@code time}, {@code dataschema}, and
 * extension attributes such as {@code principal}, {@code agency}, {@code correlationid}, {@code
 * aggregateid} and {@code aggregatesequence}. {@link CloudEventCodec} converts it to and from the
 * SDK's {@link io.cloudevents.CloudEvent}, which checks the attributes against the specification.
 */
public record TypedCloudEvent(
    String id,
    URI source,
    String type,
    String subject,
    Instant time,
    String dataSchema,
    Object data,
    Map<String, String> extensions) {

  public TypedCloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(data, "data");
    extensions = Map.copyOf(extensions);
  }

  public String extension(String name) {
    return extensions.get(name);
  }
}
