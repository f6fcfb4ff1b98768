package org.kaohe.assessment.submission.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.spreadsheet.CraftedXlsx;
import org.kaohe.platform.spreadsheet.CsvSheet;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.XlsxSheet;

class TemplateFilesTest {
  private static final ReferenceData REFERENCE = ReferenceFiles.shipped();
  private static final Template HQD =
      new Templates(REFERENCE).of(REFERENCE.catalogue(2026).orElseThrow(), "HQD", "PROV-STATS");

  @Test
  void theXlsxTemplateHasAFrozenHeaderNumberFormattedValuesAndAnInstructionsSheet()
      throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxTemplate.write(HQD)))) {
      Sheet rows = workbook.getSheetAt(0);
      assertThat(rows.getSheetName()).isEqualTo("HQD 2026");
      assertThat(rows.getPaneInformation().isFreezePane()).isTrue();
      assertThat(rows.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(rows.getRow(0).getCell(7).getStringCellValue()).isEqualTo("value");
      assertThat(rows.getLastRowNum()).isEqualTo(200);
      var value = rows.getRow(1).getCell(Column.VALUE.ordinal());
      assertThat(value.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(rows.getColumnWidth(Column.REASON.ordinal())).isEqualTo(40 * 256);
      Sheet instructions = workbook.getSheet(XlsxInstructions.SHEET_NAME);
      assertThat(instructions.getRow(instructions.getLastRowNum()).getCell(3).getStringCellValue())
          .isEqualTo("0 to 100 with at most 2 decimals");
    }
  }

  @Test
  void theXlsxTemplateReadsBackAsTheSameRowsWithTheirValuesUnfilled(@TempDir Path dir)
      throws IOException {
    Path file = Files.write(dir.resolve("template.xlsx"), XlsxTemplate.write(HQD));

    List<RawRow> read = new XlsxSheet(CraftedXlsx.LIMITS).read(file.toFile());

    assertThat(read.get(0).cells()).isEqualTo(Column.headers());
    assertThat(read.get(1).cells()).containsExactly("620100", "兰州市", "HQD-ECONOMY", "经济建设");
    assertThat(SheetHeader.read(read.get(0)).cells(read.get(1)).get(Column.VALUE)).isEmpty();
    assertThat(read).hasSize(201);
  }

  @Test
  void theCsvTemplateIsUtf8WithAByteOrderMarkAndReadsBackTheSame() {
    byte[] csv = CsvTemplate.write(HQD);

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .startsWith(
            "\uFEFFunit_code,unit_name,indicator_code,indicator_name,cadre_code,cadre_name,"
                + "period,value,replaces,reason\r\n620100,兰州市,HQD-ECONOMY,经济建设,,,,,,\r\n");
    assertThat(CsvSheet.read(csv)).hasSize(201);
  }

  @Test
  void aUnitNameWithACommaQuotesOrAFormulaReadsBackFromBothTemplatesAsItIs(@TempDir Path dir)
      throws IOException {
    TemplateRow first = HQD.rows().get(0);
    List<String> names = List.of("某集团, \"有限\" 公司", "=HYPERLINK(\"http://x\")", "-某单位");
    List<TemplateRow> rows =
        names.stream()
            .map(
                name ->
                    new TemplateRow(
                        first.unitCode(),
                        name,
                        first.indicatorCode(),
                        first.indicatorName(),
                        null,
                        null,
                        null,
                        first.scale()))
            .toList();
    Template named = new Template(HQD.year(), HQD.agency(), HQD.group(), HQD.indicators(), rows);

    List<RawRow> fromCsv = CsvSheet.read(CsvTemplate.write(named));
    Path file = Files.write(dir.resolve("named.xlsx"), XlsxTemplate.write(named));
    List<RawRow> fromXlsx = new XlsxSheet(CraftedXlsx.LIMITS).read(file.toFile());

    for (int i = 0; i < names.size(); i++) {
      assertThat(fromCsv.get(i + 1).cell(Column.UNIT_NAME.ordinal())).isEqualTo(names.get(i));
      assertThat(fromXlsx.get(i + 1).cell(Column.UNIT_NAME.ordinal())).isEqualTo(names.get(i));
    }
    try (CSVParser parser =
        CSVParser.parse(
            new String(CsvTemplate.write(named), StandardCharsets.UTF_8).substring(1),
            CSVFormat.RFC4180)) {
      assertThat(parser.getRecords().get(2).get(Column.UNIT_NAME.ordinal()))
          .as("as a spreadsheet program shows it: text, not a formula")
          .isEqualTo("'=HYPERLINK(\"http://x\")");
    }
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxTemplate.write(named)))) {
      var cell = workbook.getSheetAt(0).getRow(2).getCell(Column.UNIT_NAME.ordinal());
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    }
  }
}
