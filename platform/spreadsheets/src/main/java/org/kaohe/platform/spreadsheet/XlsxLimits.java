package org.kaohe.platform.spreadsheet;

/**
 * How far an uploaded workbook may reach into memory once unzipped; each limit exceeded refuses the
 * whole file with {@link SheetTooLarge}.
 *
 * @param maxRows the most rows the first sheet may hold, empty ones included
 * @param maxColumns the most columns a row may hold values in
 * @param maxExpandedBytes the most bytes the sheet and its shared strings may unzip to together;
 *     also the largest any single part of the file may unzip to
 * @param maxExpansion the most times a part of the file may expand when unzipped: far more than
 *     this is a zip bomb, not a spreadsheet
 */
public record XlsxLimits(int maxRows, int maxColumns, long maxExpandedBytes, int maxExpansion) {

  public XlsxLimits {
    if (maxRows < 1 || maxColumns < 1 || maxExpandedBytes < 1 || maxExpansion < 1) {
      throw new IllegalArgumentException("every workbook limit must be positive");
    }
  }
}
