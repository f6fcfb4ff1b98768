package org.kaohe.survey.config;

import org.kaohe.platform.spreadsheet.XlsxLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large one batch of responses may be, under {@code kaohe.survey.batch}, and how far an
 * uploaded workbook may reach into memory.
 *
 * @param maxItems responses per batch
 * @param maxBytes bytes per batch or uploaded file
 * @param maxRows the most rows an XLSX file's sheet may hold, empty ones included
 * @param maxColumns the most columns a row of an XLSX file may hold values in
 * @param maxExpandedBytes the most an XLSX file's sheet and its text may unzip to together
 * @param maxExpansion the most times a part of an XLSX file may expand when unzipped
 */
@ConfigurationProperties("kaohe.survey.batch")
public record IngestionLimits(
    @DefaultValue("10000") int maxItems,
    @DefaultValue("10MB") DataSize maxBytes,
    @DefaultValue("20000") int maxRows,
    @DefaultValue("256") int maxColumns,
    @DefaultValue("40MB") DataSize maxExpandedBytes,
    @DefaultValue("100") int maxExpansion) {

  public XlsxLimits xlsx() {
    return new XlsxLimits(maxRows, maxColumns, maxExpandedBytes.toBytes(), maxExpansion);
  }
}
