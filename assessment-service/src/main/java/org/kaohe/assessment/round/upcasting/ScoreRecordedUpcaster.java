package org.kaohe.assessment.round.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * Reads one stored revision of {@code ScoreRecordedEvent} as the next, by changing its JSON
 * payload. The stored event is never rewritten: its hash chain stays intact.
 */
abstract class ScoreRecordedUpcaster extends SingleEventUpcaster {
  private final SimpleSerializedType from;
  private final SimpleSerializedType to;

  ScoreRecordedUpcaster(String fromRevision, String toRevision) {
    this.from = new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), fromRevision);
    this.to = new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), toRevision);
  }

  /** Turns the older revision's payload into the newer one, in place. */
  abstract void upcast(ObjectNode payload);

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(from);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        to,
        JsonNode.class,
        payload -> {
          upcast((ObjectNode) payload);
          return payload;
        });
  }
}
