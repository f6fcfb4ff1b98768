package org.kaohe.assessment.round.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads {@code ScoreRecordedEvent} revision 1, stored before scores carried a reason, as revision
 * 2. A revision-1 event that replaced a value was a correction whose reason was never captured: it
 * says so explicitly, so that an auditor can tell it from a first score, which has no reason.
 */
public class ScoreRecordedRevision1Upcaster extends ScoreRecordedUpcaster {
  public static final String REASON_NOT_RECORDED =
      "not recorded: changed before reasons were kept (revision 1)";

  public ScoreRecordedRevision1Upcaster() {
    super("1", "2");
  }

  @Override
  void upcast(ObjectNode payload) {
    JsonNode previous = payload.get("previousValue");
    if (previous == null || previous.isNull()) {
      payload.putNull("reason");
    } else {
      payload.put("reason", REASON_NOT_RECORDED);
    }
  }
}
