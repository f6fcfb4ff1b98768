package org.kaohe.assessment.submission.sheet;

import java.nio.charset.StandardCharsets;
import org.kaohe.platform.spreadsheet.SpreadsheetCsv;

/**
 * A template as CSV: UTF-8 with a byte-order mark, so that spreadsheet programs show the Chinese
 * names rightly, written by {@link SpreadsheetCsv}.
 */
public final class CsvTemplate {
  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  private CsvTemplate() {}

  public static byte[] write(Template template) {
    String csv =
        SpreadsheetCsv.write(
            Column.headers(), template.rows().stream().map(TemplateRow::cells).toList());
    return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
  }
}
