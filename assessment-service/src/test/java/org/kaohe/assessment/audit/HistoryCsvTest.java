package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {
  /** On a score's line: its kind, then the other kinds' columns, empty. */
  private static final String SCORE_TAIL = ",SCORE" + ",".repeat(14);

  @Test
  void theHeaderComesFirstAndEveryLineEndsWithCrLf() {
    assertThat(HistoryCsv.write(List.of()))
        .isEqualTo(
            "sequence,event_id,indicator_code,cadre_code,period,previous_value,value,principal,"
                + "agency,recorded_at,request_id,reason"
                + ",kind,rating,previous_rating,basis,rater_group,ballots,grade_counts,"
                + "negative_votes,replaces_earlier,finding_id,source,severity,summary,deduction,"
                + "until\r\n");
  }

  @Test
  void aChangeIsOneLineWithEmptyFieldsForWhatIsMissing() {
    String csv = HistoryCsv.write(List.of(KnownChanges.PARTY, KnownChanges.ECONOMY_CORRECTED));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            HistoryCsv.HEADER,
            "1,event-1,PARTY-BUILDING,,,,90,zhang.min,PROV-ORG,2026-12-01T10:00:00Z,," + SCORE_TAIL,
            "2,event-2,HQD-ECONOMY,,,80,85,li.wei,PROV-STATS,2026-12-01T11:00:00Z,req-2,"
                + SCORE_TAIL);
  }

  @Test
  void numbersAreWrittenPlainWithTheirScale() {
    RecordedChange change = withValues(new BigDecimal("1E+2"), new BigDecimal("87.50"), "req");

    assertThat(HistoryCsv.write(List.of(change))).contains(",100,87.50,");
  }

  @Test
  void fieldsWithACommaAQuoteOrALineBreakAreQuotedAndQuotesDoubled() {
    assertThat(HistoryCsv.field("batch 7, line 3")).isEqualTo("\"batch 7, line 3\"");
    assertThat(HistoryCsv.field("the \"final\" one")).isEqualTo("\"the \"\"final\"\" one\"");
    assertThat(HistoryCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(HistoryCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    assertThat(HistoryCsv.field("plain-id_42")).isEqualTo("plain-id_42");
  }

  @Test
  void aQuotedRequestIdStaysOneField() {
    RecordedChange change = withValues(null, BigDecimal.ONE, "a,\"b\"");

    assertThat(HistoryCsv.write(List.of(change)))
        .endsWith(",\"a,\"\"b\"\"\"," + SCORE_TAIL + "\r\n");
  }

  @Test
  void eachKindFillsTheScoreColumnsItShares() {
    String csv =
        HistoryCsv.write(
            List.of(
                KnownChanges.UNIT_RERATED,
                KnownChanges.CADRE_REEVALUATED,
                KnownChanges.FINDING_RECORDED,
                KnownChanges.REOPENED));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            HistoryCsv.HEADER,
            "4,event-4,,,,,,zhang.min,PROV-ORG,2026-12-01T13:00:00Z,,findings of the inspection"
                + " tour,POLITICAL_RATING,AVERAGE,GOOD,\"democratic appraisal, talks\""
                + ",,,,,,,,,,,",
            "5,event-5,,C-620100-1,,,,zhang.min,PROV-ORG,2026-12-01T14:00:00Z,,a late ballot was"
                + " counted,DEMOCRATIC_EVALUATION,,,,CADRES,41,"
                + "BASICALLY_COMPETENT=1;COMPETENT=8;EXCELLENT=31,2,true,,,,,,",
            "3,event-3,,,,,,sun.li,PROV-AUDIT,2026-12-01T12:00:00Z,,,FINDING,,,,,,,,,"
                + "AUDIT-2026-0147,AUDIT,SERIOUS,special funds for rural roads diverted,1.5,",
            "7,event-7,,,,,,chen.jie,,2026-12-01T16:00:00Z,,the audit finding needs a corrected"
                + " score,REOPENING,,,,,,,,,,,,,,2027-04-10T00:00:00Z");
  }

  @Test
  void theFileIsNamedAfterTheRound() {
    assertThat(HistoryCsv.filename("620100-2026")).isEqualTo("620100-2026-history.csv");
  }

  private static RecordedChange withValues(
      BigDecimal previous, BigDecimal value, String requestId) {
    return new RecordedChange(
        7,
        "event-7",
        "HQD-ECONOMY",
        null,
        null,
        previous,
        value,
        "li.wei",
        "PROV-STATS",
        Instant.parse("2026-12-01T09:00:00Z"),
        requestId,
        null);
  }
}
