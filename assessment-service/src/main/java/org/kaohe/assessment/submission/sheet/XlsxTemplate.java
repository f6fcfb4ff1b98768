package org.kaohe.assessment.submission.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template as an XLSX workbook: the rows to fill on the first sheet, under a frozen header, codes
 * kept as text, the value and replaces cells formatted as numbers with the indicator's decimals;
 * the second sheet explains how to fill it in and lists the indicators' scales.
 */
public final class XlsxTemplate {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<Column> NUMBERS = EnumSet.of(Column.VALUE, Column.REPLACES);
  private static final Set<Column> NAMES =
      EnumSet.of(Column.UNIT_NAME, Column.INDICATOR_NAME, Column.CADRE_NAME);
  private static final Map<Column, Integer> WIDTHS =
      Map.of(
          Column.UNIT_NAME, 28,
          Column.INDICATOR_CODE, 22,
          Column.INDICATOR_NAME, 28,
          Column.CADRE_CODE, 16,
          Column.CADRE_NAME, 14,
          Column.PERIOD, 8,
          Column.VALUE, 12,
          Column.REPLACES, 12,
          Column.REASON, 40);
  private static final int DEFAULT_WIDTH = 14;

  private XlsxTemplate() {}

  public static byte[] write(Template template) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new Writer(workbook).write(template);
      XlsxInstructions.write(workbook, template);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle name;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    Writer(XSSFWorkbook workbook) {
      this.workbook = workbook;
      this.header = headerStyle(workbook);
      this.text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      this.name = workbook.createCellStyle();
      name.cloneStyleFrom(text);
      Font grey = workbook.createFont();
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      name.setFont(grey);
    }

    void write(Template template) {
      Sheet sheet = workbook.createSheet(template.group().code() + " " + template.year());
      List<String> headers = Column.headers();
      Row top = sheet.createRow(0);
      for (int index = 0; index < headers.size(); index++) {
        Cell cell = top.createCell(index);
        cell.setCellValue(headers.get(index));
        cell.setCellStyle(header);
        sheet.setColumnWidth(
            index, WIDTHS.getOrDefault(Column.values()[index], DEFAULT_WIDTH) * 256);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
      for (int index = 0; index < template.rows().size(); index++) {
        write(sheet.createRow(index + 1), template.rows().get(index));
      }
    }

    private void write(Row row, TemplateRow values) {
      List<String> cells = values.cells();
      for (Column column : Column.values()) {
        Cell cell = row.createCell(column.ordinal());
        if (NUMBERS.contains(column)) {
          cell.setCellStyle(number(values.scale().decimals()));
          continue;
        }
        cell.setCellStyle(NAMES.contains(column) ? name : text);
        String value = cells.get(column.ordinal());
        if (value != null) {
          cell.setCellValue(value);
        }
      }
    }

    private CellStyle number(int decimals) {
      return numbers.computeIfAbsent(
          decimals,
          d -> {
            CellStyle style = workbook.createCellStyle();
            String format = d == 0 ? "0" : "0." + "0".repeat(d);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
          });
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      style.setFont(bold);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setBorderBottom(BorderStyle.THIN);
      return style;
    }
  }
}
