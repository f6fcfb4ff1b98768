package org.kaohe.assessment.round.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * Reads {@code ScoreRecordedEvent} revision 2, stored before scores could be a cadre's or a
 * half-year period's, as revision 3: every such score was a unit's annual score. Runs after {@link
 * ScoreRecordedRevision1Upcaster}, so revision-1 events arrive here as revision 2.
 */
public class ScoreRecordedRevision2Upcaster extends SingleEventUpcaster {
  private static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), "2");
  private static final SimpleSerializedType REVISION_3 =
      new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), "3");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_2);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_3,
        JsonNode.class,
        payload -> {
          ((ObjectNode) payload).putNull("cadreCode");
          ((ObjectNode) payload).putNull("period");
          return payload;
        });
  }
}
