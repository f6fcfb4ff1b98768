package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A round's history as RFC 4180 CSV: CRLF line ends, fields quoted only when they must be. */
public final class HistoryCsv {

  public static final String HEADER =
      "sequence,event_id,indicator_code,cadre_code,period,previous_value,value,principal,agency,"
          + "recorded_at,request_id,reason";
  private static final String LINE_END = "\r\n";

  private HistoryCsv() {}

  public static String filename(String roundId) {
    return roundId + "-history.csv";
  }

  public static String write(List<RecordedChange> changes) {
    StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
    for (RecordedChange change : changes) {
      csv.append(line(change)).append(LINE_END);
    }
    return csv.toString();
  }

  private static String line(RecordedChange change) {
    return String.join(
        ",",
        Stream.of(
                String.valueOf(change.sequence()),
                change.eventId(),
                change.indicatorCode(),
                change.cadreCode(),
                change.period(),
                plain(change.previousValue()),
                plain(change.value()),
                change.principal(),
                change.agency(),
                Objects.toString(change.recordedAt(), null),
                change.requestId(),
                change.reason())
            .map(HistoryCsv::field)
            .toList());
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.toPlainString();
  }

  /** One field as RFC 4180 has it, empty for null: every CSV the service writes quotes so. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
