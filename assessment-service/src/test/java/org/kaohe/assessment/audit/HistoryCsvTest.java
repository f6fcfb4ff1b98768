package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

  @Test
  void theHeaderComesFirstAndEveryLineEndsWithCrLf() {
    assertThat(HistoryCsv.write(List.of()))
        .isEqualTo(
            "sequence,event_id,indicator_code,cadre_code,period,previous_value,value,principal,"
                + "agency,recorded_at,request_id,reason\r\n");
  }

  @Test
  void aChangeIsOneLineWithEmptyFieldsForWhatIsMissing() {
    String csv = HistoryCsv.write(List.of(KnownChanges.PARTY, KnownChanges.ECONOMY_CORRECTED));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            HistoryCsv.HEADER,
            "1,event-1,PARTY-BUILDING,,,,90,zhang.min,PROV-ORG,2026-12-01T10:00:00Z,,",
            "2,event-2,HQD-ECONOMY,,,80,85,li.wei,PROV-STATS,2026-12-01T11:00:00Z,req-2,");
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

    assertThat(HistoryCsv.write(List.of(change))).endsWith(",\"a,\"\"b\"\"\",\r\n");
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
