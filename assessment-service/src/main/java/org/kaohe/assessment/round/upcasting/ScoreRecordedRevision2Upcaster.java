package org.kaohe.assessment.round.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads {@code ScoreRecordedEvent} revision 2, stored before scores could be a cadre's or a
 * half-year period's, as revision 3: every such score was a unit's annual score. Runs after {@link
 * ScoreRecordedRevision1Upcaster}, so revision-1 events arrive here as revision 2.
 */
public class ScoreRecordedRevision2Upcaster extends ScoreRecordedUpcaster {

  public ScoreRecordedRevision2Upcaster() {
    super("2", "3");
  }

  @Override
  void upcast(ObjectNode payload) {
    payload.putNull("cadreCode");
    payload.putNull("period");
  }
}
