package org.kaohe.assessment.submission.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

  @Test
  void cellsReadAsTextNumbersAsTheirPlainDecimalAndFormulasAsTheirResult() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("data");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("unit_code");
      header.createCell(1).setCellValue("value");
      Row typed = sheet.createRow(1);
      typed.createCell(0).setCellValue(620100);
      typed.createCell(1).setCellValue(87.5);
      Row formula = sheet.createRow(4);
      formula.createCell(0).setCellValue("620200");
      formula.createCell(1).setCellFormula("80+0.25");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Row text = sheet.createRow(5);
      text.createCell(1).setCellValue("eighty");
      workbook.write(out);
      file = out.toByteArray();
    }

    List<RawRow> rows = XlsxSheet.read(file);

    assertThat(rows)
        .containsExactly(
            new RawRow(1, List.of("unit_code", "value")),
            new RawRow(2, List.of("620100", "87.5")),
            new RawRow(5, List.of("620200", "80.25")),
            new RawRow(6, List.of("", "eighty")));
  }

  @Test
  void aDoubleReadsAsTheShortestDecimalThatIsIt() {
    assertThat(XlsxSheet.plain(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(XlsxSheet.plain(100.0)).isEqualTo("100");
    assertThat(XlsxSheet.plain(1.0E7)).isEqualTo("10000000");
    assertThat(XlsxSheet.plain(87.55)).isEqualTo("87.55");
  }
}
