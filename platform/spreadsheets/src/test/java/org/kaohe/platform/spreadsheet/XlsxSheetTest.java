package org.kaohe.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSheetTest {
  static final XlsxLimits SHIPPED = CraftedXlsx.LIMITS;

  @TempDir Path dir;

  @Test
  void cellsReadAsTextNumbersAsTheirPlainDecimalAndFormulasAsTheirResult() throws IOException {
    Path file = dir.resolve("typed.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
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
    }

    List<RawRow> rows = new XlsxSheet(SHIPPED).read(file.toFile());

    assertThat(rows)
        .containsExactly(
            new RawRow(1, List.of("unit_code", "value")),
            new RawRow(2, List.of("620100", "87.5")),
            new RawRow(5, List.of("620200", "80.25")),
            new RawRow(6, List.of("", "eighty")));
  }

  @Test
  void aFormulaSavedWithoutItsResultIsACellWhoseValueTheFileDoesNotHold() {
    Path file =
        CraftedXlsx.withRows(
            dir,
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>1+1</f></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f>1+1</f><v>2</v></c><c r=\"C3\" s=\"1\"/></row>");

    List<RawRow> rows = new XlsxSheet(SHIPPED).read(file.toFile());

    assertThat(rows)
        .containsExactly(
            new RawRow(1, List.of("value")),
            new RawRow(2, List.of(""), Set.of(0)),
            new RawRow(3, List.of("2")));
    assertThat(rows.get(1).isBlank()).isFalse();
  }

  @Test
  void sharedStringsBooleansErrorsAndCellsWithoutAReferenceReadAsTheyShow() {
    Path file =
        CraftedXlsx.write(
            dir,
            out ->
                out.write(
                    CraftedXlsx.bytes(
                        "<row><c t=\"s\"><v>1</v></c><c t=\"b\"><v>1</v></c>"
                            + "<c t=\"e\"><v>#DIV/0!</v></c><c t=\"str\"><f>A1</f><v>HQD</v></c>"
                            + "</row>")),
            out ->
                out.write(
                    CraftedXlsx.bytes(
                        "<si><t>unit_code</t></si><si><r><t>HQD-</t></r><r><t>ECONOMY</t></r>"
                            + "<rPh><t>ignored</t></rPh></si>")));

    assertThat(new XlsxSheet(SHIPPED).read(file.toFile()))
        .containsExactly(new RawRow(1, List.of("HQD-ECONOMY", "TRUE", "#DIV/0!", "HQD")));
  }

  @Test
  void aZipBombIsRefusedWhileItIsUnzippedNamingTheExpansionLimit() {
    byte[] spaces = CraftedXlsx.bytes(" ".repeat(64 * 1024));
    // 64 MB of whitespace between rows: legal XML that zips to well under a megabyte.
    Path bomb =
        CraftedXlsx.write(
            dir,
            out -> {
              for (int i = 0; i < 1024; i++) {
                out.write(spaces);
              }
            },
            null);
    assertThat(bomb.toFile().length()).isLessThan(1024 * 1024);

    assertRefused(
        new XlsxSheet(SHIPPED),
        bomb,
        "the uploaded workbook expands more than 100 times when unzipped, as a zip bomb"
            + " does; a part of a workbook may expand at most 100 times (nothing was"
            + " recorded)",
        "maxExpansion",
        100L);
  }

  @Test
  void theSheetAndItsSharedStringsTogetherMayUnzipToNoMoreThanTheLimit() {
    // The sheet unzips to about 53 KB and its strings to about 31 KB: each alone is within 60 KB.
    XlsxLimits limits = new XlsxLimits(20_000, 64, 60_000, 100);
    Path file =
        CraftedXlsx.write(
            dir,
            out -> {
              for (int row = 1; row <= 1400; row++) {
                out.write(
                    CraftedXlsx.bytes("<row r=\"" + row + "\"><c><v>" + row + "</v></c></row>"));
              }
            },
            out -> {
              for (int string = 0; string < 1400; string++) {
                out.write(CraftedXlsx.bytes("<si><t>" + (string * 7919) + "</t></si>"));
              }
            });

    assertRefused(
        new XlsxSheet(limits),
        file,
        "the uploaded workbook unzips to more than 60000 bytes; a workbook may unzip to at"
            + " most 60000 bytes (nothing was recorded)",
        "maxExpandedBytes",
        60_000L);
  }

  @Test
  void aSheetWithMoreRowsThanTheLimitIsRefusedNamingIt() {
    XlsxLimits limits = new XlsxLimits(3, 64, 20L * 1024 * 1024, 100);
    Path file = CraftedXlsx.withRows(dir, "<row/>".repeat(4));

    assertThat(new XlsxSheet(limits).read(CraftedXlsx.withRows(dir, "<row/>".repeat(3)).toFile()))
        .hasSize(3);
    assertRefused(
        new XlsxSheet(limits),
        file,
        "the uploaded sheet has more than 3 rows; a sheet may hold at most 3 rows (nothing"
            + " was recorded)",
        "maxRows",
        3L);
  }

  @Test
  void aValueBeyondTheLastAllowedColumnIsRefusedNamingTheLimitWhileEmptyCellsThereAreNot() {
    XlsxLimits limits = new XlsxLimits(20_000, 4, 20L * 1024 * 1024, 100);
    Path formatted = CraftedXlsx.withRows(dir, "<row r=\"2\"><c r=\"XFD2\" s=\"1\"/></row>");
    Path file = CraftedXlsx.withRows(dir, "<row r=\"2\"><c r=\"E2\"><v>1</v></c></row>");

    assertThat(new XlsxSheet(limits).read(formatted.toFile()))
        .containsExactly(new RawRow(2, List.of()));
    assertRefused(
        new XlsxSheet(limits),
        file,
        "row 2 of the uploaded sheet has a value in column E; a sheet may hold values in at"
            + " most 4 columns (nothing was recorded)",
        "maxColumns",
        4L);
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("not.xlsx"), "not a zip");

    assertThatThrownBy(() -> new XlsxSheet(SHIPPED).read(file.toFile()))
        .isInstanceOf(SheetRejected.class)
        .hasMessage(
            "the file is not a readable XLSX workbook: save it from a spreadsheet program as"
                + " .xlsx (Excel workbook) or as CSV UTF-8");
  }

  private static void assertRefused(
      XlsxSheet reader, Path file, String detail, String limitName, long limit) {
    assertThatThrownBy(() -> reader.read(file.toFile()))
        .isInstanceOf(SheetTooLarge.class)
        .hasMessage(detail)
        .extracting("limitName", "limit")
        .containsExactly(limitName, limit);
  }

  @Test
  void aDoubleReadsAsTheShortestDecimalThatIsIt() {
    assertThat(XlsxSheet.plain(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(XlsxSheet.plain(100.0)).isEqualTo("100");
    assertThat(XlsxSheet.plain(1.0E7)).isEqualTo("10000000");
    assertThat(XlsxSheet.plain(87.55)).isEqualTo("87.55");
  }
}
