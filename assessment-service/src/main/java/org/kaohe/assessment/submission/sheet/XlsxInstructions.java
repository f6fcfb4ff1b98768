package org.kaohe.assessment.submission.sheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaohe.platform.reference.Indicator;

/** The template's second sheet: how to fill it in and upload it, and each indicator's scale. */
final class XlsxInstructions {
  static final String SHEET_NAME = "说明 Instructions";

  private XlsxInstructions() {}

  static void write(XSSFWorkbook workbook, Template template) {
    Sheet sheet = workbook.createSheet(SHEET_NAME);
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 28 * 256);
    sheet.setColumnWidth(2, 44 * 256);
    sheet.setColumnWidth(3, 36 * 256);
    XSSFCellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    List<List<String>> lines = new ArrayList<>();
    lines.add(
        List.of(
            template.year()
                + " "
                + template.group().name()
                + " / "
                + template.group().englishName()
                + " — "
                + template.agency()));
    lines.add(List.of());
    lines.add(List.of("填写 value 列；不填的行在上传时跳过。"));
    lines.add(
        List.of("Fill in the value column; rows whose value is left empty are skipped on upload."));
    lines.add(List.of("请勿修改表头和代码列；名称列仅供阅读。"));
    lines.add(
        List.of(
            "Keep the header row and the code columns; the name columns are for reading only."));
    lines.add(List.of("更正已录入的分数：replaces 填原分数，reason 填更正原因。"));
    lines.add(
        List.of(
            "To correct a recorded score, put the recorded value in replaces and the reason in"
                + " reason."));
    lines.add(
        List.of(
            "Upload / 上传: POST /api/assessment/uploads?year="
                + template.year()
                + " (multipart/form-data, field file), as .xlsx or CSV UTF-8. The answer reports"
                + " every row by its row number and column."));
    lines.add(List.of());
    int tableStart = lines.size();
    lines.add(List.of("indicator_code", "indicator_name", "english_name", "scale"));
    for (Indicator indicator : template.indicators()) {
      lines.add(
          List.of(
              indicator.code().value(),
              indicator.name(),
              indicator.englishName(),
              indicator.scale().describe()));
    }
    for (int index = 0; index < lines.size(); index++) {
      Row row = sheet.createRow(index);
      List<String> cells = lines.get(index);
      for (int column = 0; column < cells.size(); column++) {
        row.createCell(column).setCellValue(cells.get(column));
        if (index == 0 || index == tableStart) {
          row.getCell(column).setCellStyle(bold);
        }
      }
    }
  }
}
