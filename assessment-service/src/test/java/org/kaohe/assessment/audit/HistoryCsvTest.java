package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.spreadsheet.SpreadsheetCsv;

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
  void aRequestIdThatWouldRunAsAFormulaIsExportedAsTextWhileANegativeNumberStaysANumber()
      throws IOException {
    RecordedChange change =
        withValues(new BigDecimal("-1.5"), BigDecimal.ONE, "=HYPERLINK(\"http://x\",\"y\")");

    CSVRecord line = parsed(HistoryCsv.write(List.of(change))).get(0);

    assertThat(line.get("request_id")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(line.get("previous_value")).isEqualTo("-1.5");
  }

  @Test
  void aTextWithACommaAndQuotesReadsBackAsItWasRecorded() {
    String requestId = "batch 7, \"final\" line";

    List<List<String>> rows =
        SpreadsheetCsv.read(
            HistoryCsv.write(List.of(withValues(null, new BigDecimal("-2"), requestId))));

    int column = rows.get(0).indexOf("request_id");
    assertThat(rows.get(1).get(column)).isEqualTo(requestId);
    assertThat(rows.get(1).get(rows.get(0).indexOf("value"))).isEqualTo("-2");
  }

  /** As a spreadsheet import reads the file, without the service's own reader. */
  private static List<CSVRecord> parsed(String csv) throws IOException {
    CSVFormat withHeader = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(csv, withHeader)) {
      return parser.getRecords();
    }
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
