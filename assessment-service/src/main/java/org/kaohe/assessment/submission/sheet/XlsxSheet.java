package org.kaohe.assessment.submission.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook as text: numbers as the plain decimal they hold (a code
 * typed as a number reads as its digits), formulas as their last computed result.
 */
public final class XlsxSheet {
  private XlsxSheet() {}

  /**
   * @throws SheetRejected when the file is not a readable workbook
   */
  public static List<RawRow> read(byte[] content) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return List.of();
      }
      return rows(workbook.getSheetAt(0));
    } catch (IOException | RuntimeException unreadable) {
      throw new SheetRejected(
          "the file is not a readable XLSX workbook: save it from a spreadsheet program as"
              + " .xlsx (Excel workbook) or as CSV UTF-8");
    }
  }

  private static List<RawRow> rows(Sheet sheet) {
    List<RawRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int index = 0; index < Math.max(0, row.getLastCellNum()); index++) {
        cells.add(text(row.getCell(index)));
      }
      rows.add(new RawRow(row.getRowNum() + 1, cells));
    }
    return rows;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC -> plain(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase();
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  /** The shortest decimal that is this double, e.g. 87.5, not 87.50000000000001 or 8.75E1. */
  static String plain(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return String.valueOf(number);
    }
    return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
  }
}
