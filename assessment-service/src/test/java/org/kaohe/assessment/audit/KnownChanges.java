package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A round's history with three agencies and one correction, an hour apart. */
final class KnownChanges {
  static final String ROUND = "620100-2026";
  static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  static final RecordedChange ECONOMY_FIRST =
      change(0, "HQD-ECONOMY", null, "80", "li.wei", "PROV-STATS", "req-1");
  static final RecordedChange PARTY =
      change(1, "PARTY-BUILDING", null, "90", "zhang.min", "PROV-ORG", null);
  static final RecordedChange ECONOMY_CORRECTED =
      change(2, "HQD-ECONOMY", "80", "85", "li.wei", "PROV-STATS", "req-2");
  static final RecordedChange ECOLOGY =
      change(3, "ECOLOGY", null, "70.25", "wang.fang", "PROV-ENV", null);

  static final List<RecordedChange> ALL = List.of(ECONOMY_FIRST, PARTY, ECONOMY_CORRECTED, ECOLOGY);

  private KnownChanges() {}

  static RoundHistory history() {
    return new RoundHistory(ROUND, ALL);
  }

  static Instant hoursAfterStart(int hours) {
    return START.plusSeconds(3600L * hours);
  }

  private static RecordedChange change(
      int sequence,
      String indicator,
      String previous,
      String value,
      String principal,
      String agency,
      String requestId) {
    return new RecordedChange(
        sequence,
        "event-" + sequence,
        indicator,
        null,
        null,
        previous == null ? null : new BigDecimal(previous),
        new BigDecimal(value),
        principal,
        agency,
        hoursAfterStart(sequence),
        requestId,
        null);
  }
}
