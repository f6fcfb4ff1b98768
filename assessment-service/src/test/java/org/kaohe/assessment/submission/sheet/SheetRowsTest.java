package org.kaohe.assessment.submission.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.application.ScoreInput;
import org.kaohe.assessment.submission.FieldRulesForTests;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.platform.spreadsheet.CsvSheet;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetRejected;
import org.kaohe.platform.web.batch.TooManyItems;
import org.kaohe.platform.web.problem.FieldViolation;

class SheetRowsTest {
  private static final String HEADER = String.join(",", Column.headers()) + "\n";

  private final SheetRows sheetRows =
      new SheetRows(FieldRulesForTests.rules(), FieldRulesForTests.numbers(), 3);

  @Test
  void filledRowsAreScoresOfTheYearAndUnfilledOnesAreSkipped() {
    UploadedSheet sheet =
        read(
            HEADER
                + "620100,兰州市,HQD-ECONOMY,经济建设,,,,87.5,,\n"
                + "620200,嘉峪关市,HQD-ECONOMY,经济建设,,,,,,\n"
                + ",,,,,,,,,\n"
                + "620300,金昌市,HQD-ECONOMY,经济建设,,,, 80 ,79,revised\n");

    assertThat(sheet.skipped()).isEqualTo(1);
    assertThat(sheet.filled()).extracting(SheetRow::row).containsExactly(2, 5);
    assertThat(sheet.filled().get(1))
        .isEqualTo(
            new SheetRow(
                5,
                "scores.csv row 5",
                new Prepared.Ready(
                    "scores.csv row 5",
                    new ScoreInput(
                        "620300",
                        2026,
                        "HQD-ECONOMY",
                        null,
                        null,
                        new BigDecimal("80"),
                        new BigDecimal("79"),
                        "revised"))));
  }

  @Test
  void aCellThatIsNotANumberIsItsRowsProblemAlongWithEveryBrokenRule() {
    UploadedSheet sheet = read(HEADER + "lanzhou,,HQD-ECONOMY,,,,H3,eighty,,\n");

    assertThat(violations(sheet.filled().get(0)))
        .containsExactlyInAnyOrder(
            new FieldViolation("value", "must be a number, found 'eighty'"),
            new FieldViolation("unitCode", "must be a unit code such as 620100 or GS-D01"),
            new FieldViolation("period", "must be H1 or H2"));
  }

  @Test
  void aNumberOutOfBoundsIsNamedByTheRuleAndOneWithinIsKeptExactly() {
    UploadedSheet sheet =
        read(
            "unit_code,indicator_code,value,replaces,reason\n"
                + "620100,HQD-ECONOMY,1e999999999,1e-400,revised\n"
                + "620200,HQD-ECONOMY,99.99999999999999999,,\n");

    String rule =
        "must be a number with at most 18 digits before the decimal point and 18 after it";
    assertThat(violations(sheet.filled().get(0)))
        .containsExactly(new FieldViolation("value", rule), new FieldViolation("replaces", rule));
    assertThat(((Prepared.Ready) sheet.filled().get(1).prepared()).input().value())
        .isEqualTo(new BigDecimal("99.99999999999999999"));
  }

  @Test
  void columnsMayComeInAnyOrderCaseAndSpacingAndOptionalOnesMayBeLeftOut() {
    UploadedSheet sheet = read("Value, Indicator Code ,UNIT_CODE\n81,HQD-ECONOMY,620100\n");

    assertThat(((Prepared.Ready) sheet.filled().get(0).prepared()).input().value())
        .isEqualByComparingTo("81");
  }

  @Test
  void aWrongHeaderRefusesTheWholeFileNamingTheMissingAndUnknownColumns() {
    assertThatThrownBy(() -> read("unit_code,indicator,valeu,value,value\n620100,x,1,2,3\n"))
        .isInstanceOfSatisfying(
            SheetRejected.class,
            rejected -> {
              assertThat(rejected)
                  .hasMessageStartingWith("row 1 must be the template's header (unit_code,")
                  .hasMessageEndingWith(
                      "columns missing indicator_code; unknown indicator, valeu; repeated value");
              assertThat(rejected.properties())
                  .containsEntry("missingColumns", List.of("indicator_code"))
                  .containsEntry("unknownColumns", List.of("indicator", "valeu"))
                  .containsEntry("repeatedColumns", List.of("value"));
            });
  }

  @Test
  void aFileWithoutRowsHasNoHeader() {
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(SheetRejected.class)
        .hasMessageStartingWith("the file is empty: its first row must be the template's header");
  }

  @Test
  void moreFilledRowsThanTheLimitRefuseTheWholeFile() {
    String row = "620100,,HQD-ECONOMY,,,,,80,,\n";
    assertThatThrownBy(() -> read(HEADER + row + row + row + row))
        .isInstanceOf(TooManyItems.class)
        .hasMessageContaining("a spreadsheet may hold at most 3 items");
  }

  @Test
  void aCellWhoseValueTheFileDoesNotHoldIsItsRowsProblemNeverAnEmptyOrZeroValue() {
    RawRow header = new RawRow(1, Column.headers());
    RawRow formulaValue =
        new RawRow(
            2,
            List.of("620100", "", "HQD-ECONOMY", "", "", "", "", ""),
            Set.of(Column.VALUE.ordinal()));
    RawRow formulaCode =
        new RawRow(
            3,
            List.of("", "", "HQD-ECONOMY", "", "", "", "", "87.5"),
            Set.of(Column.UNIT_CODE.ordinal(), Column.UNIT_NAME.ordinal()));

    UploadedSheet sheet =
        sheetRows.read(List.of(header, formulaValue, formulaCode), 2026, "scores.xlsx");

    assertThat(sheet.skipped()).isZero();
    String unheld =
        "holds a formula whose result the file does not keep: open the file in a spreadsheet"
            + " program so it calculates, then save it, or type the value itself";
    assertThat(violations(sheet.filled().get(0)))
        .containsExactly(new FieldViolation("value", unheld));
    assertThat(violations(sheet.filled().get(1)))
        .containsExactly(new FieldViolation("unitCode", unheld));
  }

  @Test
  void aReasonIsHeldToTheFreeTextRuleAsItsRowsProblemNeverReadAsNoReason() {
    RawRow header = new RawRow(1, List.of("unit_code", "indicator_code", "value", "reason"));
    List<String> reasons =
        List.of(
            "\u0000", "late \u0007 figures", "revised \ud800 figure", "\udc00", " \t ", "ok\u001f");
    List<RawRow> rows = new java.util.ArrayList<>(List.of(header));
    for (int index = 0; index < reasons.size(); index++) {
      rows.add(new RawRow(index + 2, List.of("620100", "HQD-ECONOMY", "81", reasons.get(index))));
    }

    UploadedSheet sheet =
        new SheetRows(FieldRulesForTests.rules(), FieldRulesForTests.numbers(), 10)
            .read(rows, 2026, "scores.xlsx");

    assertThat(sheet.filled()).extracting(SheetRow::row).containsExactly(2, 3, 4, 5, 6, 7);
    assertThat(sheet.filled().stream().map(SheetRowsTest::violations))
        .containsExactly(
            List.of(
                new FieldViolation(
                    "reason", "must not contain control characters, found U+0000 at character 1")),
            List.of(
                new FieldViolation(
                    "reason", "must not contain control characters, found U+0007 at character 6")),
            List.of(
                new FieldViolation(
                    "reason",
                    "must be valid Unicode text, found a lone surrogate U+D800 at character 9")),
            List.of(
                new FieldViolation(
                    "reason",
                    "must be valid Unicode text, found a lone surrogate U+DC00 at character 1")),
            List.of(
                new FieldViolation("reason", "must contain visible characters, not only blanks")),
            List.of(
                new FieldViolation(
                    "reason", "must not contain control characters, found U+001F at character 3")));
  }

  private UploadedSheet read(String csv) {
    return sheetRows.read(CsvSheet.read(csv.getBytes(StandardCharsets.UTF_8)), 2026, "scores.csv");
  }

  @SuppressWarnings("unchecked")
  private static List<FieldViolation> violations(SheetRow row) {
    return (List<FieldViolation>)
        ((Prepared.Refused) row.prepared()).problem().getProperties().get("errors");
  }
}
