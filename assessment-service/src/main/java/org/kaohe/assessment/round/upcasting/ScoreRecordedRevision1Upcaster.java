package org.kaohe.assessment.round.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * Reads {@code ScoreRecordedEvent} revision 1, stored before scores carried a reason, as revision
 * 2. A revision-1 event that replaced a value was a correction whose reason was never captured: it
 * says so explicitly, so that an auditor can tell it from a first score, which has no reason. The
 * stored event is never rewritten: its hash chain stays intact.
 */
public class ScoreRecordedRevision1Upcaster extends SingleEventUpcaster {
  public static final String REASON_NOT_RECORDED =
      "not recorded: changed before reasons were kept (revision 1)";
  private static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), "1");
  private static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(ScoreRecordedEvent.class.getTypeName(), "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_2,
        JsonNode.class,
        payload -> {
          JsonNode previous = payload.get("previousValue");
          if (previous == null || previous.isNull()) {
            ((ObjectNode) payload).putNull("reason");
          } else {
            ((ObjectNode) payload).put("reason", REASON_NOT_RECORDED);
          }
          return payload;
        });
  }
}
