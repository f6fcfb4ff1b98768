package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kaohe.assessment.round.domain.DemocraticTally;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.events.assessment.PoliticalRating;

/**
 * A round's history with three agencies and one correction, an hour apart; and one with every kind
 * of input, each kind corrected or repeated:
 *
 * <pre>
 * 0  SCORE                  HQD-ECONOMY 80                   li.wei     PROV-STATS
 * 1  POLITICAL_RATING       the unit GOOD                    zhang.min  PROV-ORG
 * 2  DEMOCRATIC_EVALUATION  C-620100-1 by CADRES, 40 ballots zhang.min  PROV-ORG
 * 3  FINDING                AUDIT-2026-0147, SERIOUS, 1.5    sun.li     PROV-AUDIT
 * 4  POLITICAL_RATING       the unit GOOD→AVERAGE            zhang.min  PROV-ORG    with a reason
 * 5  DEMOCRATIC_EVALUATION  C-620100-1 by CADRES, 41 ballots zhang.min  PROV-ORG    with a reason
 * 6  FINDING                AUDIT-2026-0147 again, the same  sun.li     PROV-AUDIT
 * 7  REOPENING              until 10 April 2027              chen.jie   (no agency) with a reason
 * 8  REOPENING              until 20 April 2027              chen.jie   (no agency) with a reason
 * </pre>
 */
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

  static final String CADRE = "C-620100-1";
  static final String FINDING_ID = "AUDIT-2026-0147";
  static final String RERATING_REASON = "findings of the inspection tour";

  static final RecordedChange UNIT_RATED =
      input(1, rating(PoliticalRating.GOOD, null), "zhang.min", "PROV-ORG", null);
  static final RecordedChange CADRE_EVALUATED =
      input(2, evaluation(40, 30, false), "zhang.min", "PROV-ORG", null);
  static final RecordedChange FINDING_RECORDED = input(3, finding(), "sun.li", "PROV-AUDIT", null);
  static final RecordedChange UNIT_RERATED =
      input(
          4,
          rating(PoliticalRating.AVERAGE, PoliticalRating.GOOD),
          "zhang.min",
          "PROV-ORG",
          RERATING_REASON);
  static final RecordedChange CADRE_REEVALUATED =
      input(5, evaluation(41, 31, true), "zhang.min", "PROV-ORG", "a late ballot was counted");
  static final RecordedChange FINDING_REPEATED = input(6, finding(), "sun.li", "PROV-AUDIT", null);
  static final RecordedChange REOPENED =
      input(
          7,
          new ReopeningChange(Instant.parse("2027-04-10T00:00:00Z")),
          "chen.jie",
          null,
          "the audit finding needs a corrected score");
  static final RecordedChange REOPENED_LONGER =
      input(
          8,
          new ReopeningChange(Instant.parse("2027-04-20T00:00:00Z")),
          "chen.jie",
          null,
          "the statistics bureau needs more time");

  static final List<RecordedChange> EVERY_KIND =
      List.of(
          ECONOMY_FIRST,
          UNIT_RATED,
          CADRE_EVALUATED,
          FINDING_RECORDED,
          UNIT_RERATED,
          CADRE_REEVALUATED,
          FINDING_REPEATED,
          REOPENED,
          REOPENED_LONGER);

  private KnownChanges() {}

  static RoundHistory everyKind() {
    return new RoundHistory(ROUND, EVERY_KIND);
  }

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

  private static RecordedChange input(
      int sequence, RecordedInput input, String principal, String agency, String reason) {
    return new RecordedChange(
        sequence,
        "event-" + sequence,
        input,
        principal,
        agency,
        hoursAfterStart(sequence),
        null,
        reason);
  }

  private static RatingChange rating(PoliticalRating rating, PoliticalRating previous) {
    return new RatingChange(null, rating, previous, "democratic appraisal, talks");
  }

  private static EvaluationChange evaluation(int ballots, int excellent, boolean replaces) {
    return new EvaluationChange(
        CADRE,
        "CADRES",
        new DemocraticTally(
            ballots, Map.of("EXCELLENT", excellent, "COMPETENT", 8, "BASICALLY_COMPETENT", 1), 2),
        replaces);
  }

  private static FindingChange finding() {
    return new FindingChange(
        FINDING_ID,
        new Finding(
            null,
            "AUDIT",
            "SERIOUS",
            "special funds for rural roads diverted",
            new BigDecimal("1.5")));
  }
}
