package org.kaohe.assessment.submission.sheet;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.kaohe.assessment.audit.HistoryCsv;

/**
 * A template as CSV: UTF-8 with a byte-order mark, so that spreadsheet programs show the Chinese
 * names rightly, and CRLF line ends.
 */
public final class CsvTemplate {
  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final String LINE_END = "\r\n";

  private CsvTemplate() {}

  public static byte[] write(Template template) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(",", Column.headers())).append(LINE_END);
    for (TemplateRow row : template.rows()) {
      csv.append(row.cells().stream().map(HistoryCsv::field).collect(Collectors.joining(",")))
          .append(LINE_END);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
