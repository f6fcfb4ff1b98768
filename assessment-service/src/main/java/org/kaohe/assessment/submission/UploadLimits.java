package org.kaohe.assessment.submission;

import org.kaohe.platform.spreadsheet.XlsxLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBytes the largest spreadsheet file read; the gateway's body limit applies first
 * @param maxRows the most rows an XLSX file's sheet may hold, empty and unfilled ones included
 * @param maxColumns the most columns a row of an XLSX file may hold values in
 * @param maxExpandedBytes the most an XLSX file's sheet and its text may unzip to together, and the
 *     most any single part of the file may unzip to
 * @param maxExpansion the most times a part of an XLSX file may expand when unzipped
 */
@ConfigurationProperties("kaohe.assessment.upload")
public record UploadLimits(
    @DefaultValue("10MB") DataSize maxBytes,
    @DefaultValue("20000") int maxRows,
    @DefaultValue("64") int maxColumns,
    @DefaultValue("20MB") DataSize maxExpandedBytes,
    @DefaultValue("100") int maxExpansion) {

  public XlsxLimits xlsx() {
    return new XlsxLimits(maxRows, maxColumns, maxExpandedBytes.toBytes(), maxExpansion);
  }
}
