package org.kaohe.assessment.round.domain;

import java.time.Instant;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/** The round the aggregate tests record into: Lanzhou's 2026 round, and a time it is open. */
final class LanzhouRound {
  private LanzhouRound() {}

  static final RoundId ROUND = new RoundId("620100-2026");
  static final UnitCode LANZHOU = new UnitCode("620100");
  static final CadreCode PRINCIPAL = new CadreCode("C-620100-1");

  /** Within {@link #WINDOW}. */
  static final Instant AT = Instant.parse("2027-01-15T08:30:00Z");

  static final SubmissionWindow WINDOW =
      new SubmissionWindow(
          Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2027-03-31T16:00:00Z"));
}
