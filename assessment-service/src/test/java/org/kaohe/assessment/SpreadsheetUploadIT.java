package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.assessment.submission.sheet.Column;
import org.kaohe.platform.spreadsheet.CraftedXlsx;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * An agency as a new user: finds its template, downloads it, fills in some rows (a few of them
 * wrong) and uploads it, against the real embedded MongoDB server and Kafka broker.
 */
class SpreadsheetUploadIT extends ServiceIT {
  private static final int VALUE = 7;
  private static final int REPLACES = 8;
  private static final int REASON = 9;

  @BeforeAll
  static void loadSpreadsheetClasses() {
    SpreadsheetClasses.load();
  }

  @Test
  void anAgencyFindsItsTemplatesWithTheirLinks() {
    get("agency", "PROV-STATS", "/api/assessment/templates")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.agency")
        .isEqualTo("PROV-STATS")
        .jsonPath("$.templates[*].group")
        .isEqualTo(List.of("HQD"))
        .jsonPath("$.templates[0].indicators")
        .isEqualTo(List.of("HQD-ECONOMY", "HQD-LIVELIHOOD"))
        .jsonPath("$.templates[0].rows")
        .isEqualTo(200)
        .jsonPath("$.templates[0].links.xlsx")
        .isEqualTo("/api/assessment/templates?year=2026&group=HQD&format=xlsx")
        .jsonPath("$.templates[0].links.upload")
        .isEqualTo("/api/assessment/uploads?year=2026");
  }

  @Test
  void aFilledXlsxTemplateIsRecordedRowByRowWithEveryBadRowReportedByRowAndColumn()
      throws IOException {
    byte[] template =
        get("agency", "PROV-STATS", "/api/assessment/templates?year=2026&group=HQD&format=xlsx")
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .expectHeader()
            .valueEquals("Content-Disposition", "attachment; filename=\"PROV-STATS-HQD-2026.xlsx\"")
            .expectBody()
            .returnResult()
            .getResponseBody();

    byte[] filled;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = workbook.getSheetAt(0);
      row(sheet, "620100", "HQD-ECONOMY").getCell(VALUE).setCellValue(88);
      row(sheet, "620100", "HQD-LIVELIHOOD").getCell(VALUE).setCellValue(101);
      row(sheet, "620200", "HQD-ECONOMY").getCell(VALUE).setCellValue("eighty");
      Row unknown = row(sheet, "620300", "HQD-LIVELIHOOD");
      unknown.getCell(0).setCellValue("999999");
      unknown.getCell(VALUE).setCellValue(70);
      row(sheet, "620300", "HQD-ECONOMY").getCell(VALUE).setCellValue(75.5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      filled = out.toByteArray();
    }

    upload("hqd-2026.xlsx", filled)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.summary.recorded")
        .isEqualTo(2)
        .jsonPath("$.summary.refused")
        .isEqualTo(3)
        .jsonPath("$.summary.skipped")
        .isEqualTo(195)
        .jsonPath("$.rows[*].row")
        .isEqualTo(List.of(2, 3, 4, 6, 7))
        .jsonPath("$.rows[*].status")
        .isEqualTo(List.of(201, 400, 400, 201, 400))
        .jsonPath("$.rows[0].requestId")
        .isEqualTo("hqd-2026.xlsx row 2")
        .jsonPath("$.rows[0].result.value")
        .isEqualTo(88)
        .jsonPath("$.rows[1].errors")
        .isEqualTo(
            List.of(
                error(
                    "value",
                    "value 101 is outside the scale of HQD-LIVELIHOOD: 0 to 100 with at most 2"
                        + " decimals")))
        .jsonPath("$.rows[2].errors")
        .isEqualTo(List.of(error("value", "must be a number, found 'eighty'")))
        .jsonPath("$.rows[4].errors")
        .isEqualTo(List.of(error("unit_code", "unknown unit code 999999")))
        .jsonPath("$.rows[4].problem.status")
        .isEqualTo(400)
        .jsonPath("$.rows[4].problem.errors")
        .doesNotExist();

    assertThat(storedEvents("620100-2026")).hasSize(1);
    assertThat(storedEvents("620200-2026")).isEmpty();
    assertThat(storedEvents("620300-2026")).hasSize(1);
    history("620100")
        .jsonPath("$.items[*].requestId")
        .isEqualTo(List.of("hqd-2026.xlsx row 2"))
        .jsonPath("$.items[0].agency")
        .isEqualTo("PROV-STATS");
  }

  @Test
  void aFilledCsvTemplateIsRecordedTheSameWayIncludingACorrection() {
    String template =
        new String(
            get("agency", "PROV-STATS", "/api/assessment/templates?year=2026&group=HQD&format=csv")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(
                    "Content-Disposition", "attachment; filename=\"PROV-STATS-HQD-2026.csv\"")
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    String filled =
        fill(
            fill(fill(template, "620400", "HQD-ECONOMY", "60,,"), "620500", "HQD-ECONOMY", "6O,,"),
            "620600",
            "HQD-LIVELIHOOD",
            "55,,");

    upload("hqd.csv", filled.getBytes(StandardCharsets.UTF_8))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.rows[*].status")
        .isEqualTo(List.of(201, 400, 201))
        .jsonPath("$.rows[1].errors")
        .isEqualTo(List.of(error("value", "must be a number, found '6O'")))
        .jsonPath("$.summary.skipped")
        .isEqualTo(197);

    String correction =
        String.join(",", "unit_code", "indicator_code", "value", "replaces", "reason")
            + "\r\n620400,HQD-ECONOMY,62,60,\"revised, after the bureau's review\"\r\n";
    upload("correction.csv", correction.getBytes(StandardCharsets.UTF_8))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.rows[0].status")
        .isEqualTo(201)
        .jsonPath("$.rows[0].result.previousValue")
        .isEqualTo(60);
    history("620400")
        .jsonPath("$.items[*].requestId")
        .isEqualTo(List.of("hqd.csv row 8", "correction.csv row 2"))
        .jsonPath("$.items[1].reason")
        .isEqualTo("revised, after the bureau's review");
  }

  @Test
  void aFormulaSavedWithoutItsResultIsItsRowsErrorAndNeverRecordedAsZero() throws IOException {
    byte[] filled;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("HQD 2026");
      List<String> headers = Column.headers();
      Row header = sheet.createRow(0);
      for (int index = 0; index < headers.size(); index++) {
        header.createCell(index).setCellValue(headers.get(index));
      }
      Row computed = sheet.createRow(1);
      computed.createCell(0).setCellValue("622900");
      computed.createCell(2).setCellValue("HQD-ECONOMY");
      computed.createCell(VALUE).setCellFormula("1+1");
      Row cached = sheet.createRow(2);
      cached.createCell(0).setCellValue("623000");
      cached.createCell(2).setCellValue("HQD-ECONOMY");
      cached.createCell(VALUE).setCellFormula("80+0.5");
      workbook
          .getCreationHelper()
          .createFormulaEvaluator()
          .evaluateFormulaCell(cached.getCell(VALUE));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      filled = out.toByteArray();
    }

    upload("formulas.xlsx", filled)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.rows[*].status")
        .isEqualTo(List.of(400, 201))
        .jsonPath("$.rows[0].errors")
        .isEqualTo(
            List.of(
                error(
                    "value",
                    "holds a formula whose result the file does not keep: open the file in a"
                        + " spreadsheet program so it calculates, then save it, or type the"
                        + " value itself")))
        .jsonPath("$.rows[1].result.value")
        .isEqualTo(80.5);

    assertThat(storedEvents("622900-2026")).isEmpty();
    assertThat(storedEvents("623000-2026")).hasSize(1);
  }

  @Test
  void aZipBombIsRefusedWholeNamingTheLimitAndNothingIsRecorded(@TempDir Path dir)
      throws IOException {
    byte[] spaces = CraftedXlsx.bytes(" ".repeat(64 * 1024));
    Path bomb =
        CraftedXlsx.write(
            dir,
            out -> {
              out.write(
                  CraftedXlsx.bytes(
                      "<row r=\"1\"><c t=\"inlineStr\"><is><t>unit_code</t></is></c></row>"
                          + "<row r=\"2\"><c t=\"inlineStr\"><is><t>620102</t></is></c></row>"));
              for (int i = 0; i < 1024; i++) {
                out.write(spaces);
              }
            },
            null);

    expectProblem(
            upload("bomb.xlsx", Files.readAllBytes(bomb)),
            413,
            "the uploaded workbook expands more than 100 times when unzipped, as a zip bomb"
                + " does; a part of a workbook may expand at most 100 times (nothing was"
                + " recorded)")
        .jsonPath("$.maxExpansion")
        .isEqualTo(100);
    assertThat(storedEvents("620102-2026")).isEmpty();
  }

  @Test
  void aFileWithAWrongHeaderIsRefusedWholeNamingTheColumns() {
    expectProblem(
            upload(
                "scores.csv",
                "unit,indicator_code,value\n621100,HQD-ECONOMY,80\n"
                    .getBytes(StandardCharsets.UTF_8)),
            400,
            "row 1 must be the template's header (unit_code, unit_name, indicator_code,"
                + " indicator_name, cadre_code, cadre_name, period, value, replaces, reason);"
                + " columns missing unit_code; unknown unit")
        .jsonPath("$.missingColumns")
        .isEqualTo(List.of("unit_code"))
        .jsonPath("$.unknownColumns")
        .isEqualTo(List.of("unit"));
    assertThat(storedEvents("621100-2026")).isEmpty();
  }

  @Test
  void anAgencyWithoutIndicatorsInTheGroupHasNoTemplateAndATokenWithoutAnAgencyNone() {
    expectProblem(
        get("agency", "PROV-ENV", "/api/assessment/templates?year=2026&group=HQD"),
        404,
        "agency PROV-ENV submits no indicator of group HQD in 2026, so there is no template for"
            + " it; GET /api/assessment/templates lists the agency's templates");
    expectProblem(
        get("auditor", null, "/api/assessment/templates?year=2026&group=HQD"),
        403,
        "submitting assessment inputs needs a token that names the submitting agency");
  }

  @Test
  void auditorsMayNotUpload() {
    uploadAs("auditor", null, "x.csv", "unit_code\n".getBytes(StandardCharsets.UTF_8))
        .expectStatus()
        .isForbidden();
  }

  private static Row row(Sheet sheet, String unit, String indicator) {
    for (Row row : sheet) {
      if (row.getCell(0).getStringCellValue().equals(unit)
          && row.getCell(2).getStringCellValue().equals(indicator)) {
        return row;
      }
    }
    throw new AssertionError("no template row for " + unit + " " + indicator);
  }

  /** Fills the value, replaces and reason cells of a template line: its last three. */
  private static String fill(String csv, String unit, String indicator, String cells) {
    return csv.lines()
        .map(
            line ->
                line.startsWith(unit + ",") && line.contains("," + indicator + ",")
                    ? line.substring(0, line.length() - ",,,".length()) + "," + cells
                    : line)
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static Map<String, String> error(String column, String message) {
    return Map.of("column", column, "message", message);
  }

  private WebTestClient.BodyContentSpec history(String unit) {
    return get("auditor", null, "/api/assessment/audit/rounds/" + unit + "/2026/history")
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private WebTestClient.ResponseSpec upload(String filename, byte[] content) {
    return uploadAs("agency", "PROV-STATS", filename, content);
  }

  private WebTestClient.ResponseSpec uploadAs(
      String role, String agency, String filename, byte[] content) {
    return client()
        .post()
        .uri("/api/assessment/uploads?year=2026")
        .header("Authorization", TestTokens.bearer(role, agency))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(multipart(filename, content)))
        .exchange();
  }

  private static MultiValueMap<String, HttpEntity<?>> multipart(String filename, byte[] content) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("file", content).filename(filename);
    return parts.build();
  }
}
