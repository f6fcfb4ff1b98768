package org.kaohe.platform.kafka;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.UnitEvent;

/**
 * Maps a stored Axon event to the CloudEvent published for it. The CloudEvent id is the stored
 * event's id, so a republished event is recognisably the same event. Metadata recorded with the
 * command (who, which agency, correlation) travels as extension attributes.
 */
final class StoredEventMapping {
  private static final Map<String, String> METADATA_TO_EXTENSION =
      Map.of(
          "principal", "principal",
          "agency", "agency",
          "correlationId", "correlationid",
          "traceId", "causationid",
          "clientRequestId", "requestid");

  private StoredEventMapping() {}

  /** Empty for events that are not part of the published contract. */
  static Optional<TypedCloudEvent> toCloudEvent(EventMessage<?> message, URI source) {
    Object payload = message.getPayload();
    return EventCatalog.forPayload(payload.getClass())
        .map(
            type ->
                new TypedCloudEvent(
                    message.getIdentifier(),
                    source,
                    type.type(),
                    payload instanceof UnitEvent unit ? unit.unitCode().value() : null,
                    message.getTimestamp(),
                    type.dataSchema(),
                    payload,
                    extensions(message)));
  }

  private static Map<String, String> extensions(EventMessage<?> message) {
    Map<String, String> extensions = new HashMap<>();
    METADATA_TO_EXTENSION.forEach(
        (key, extension) -> {
          Object value = message.getMetaData().get(key);
          if (value != null) {
            extensions.put(extension, value.toString());
          }
        });
    if (message instanceof DomainEventMessage<?> domain
        && domain.getAggregateIdentifier() != null) {
      extensions.put("aggregateid", domain.getAggregateIdentifier());
      extensions.put("aggregatesequence", Long.toString(domain.getSequenceNumber()));
    }
    return extensions;
  }
}
