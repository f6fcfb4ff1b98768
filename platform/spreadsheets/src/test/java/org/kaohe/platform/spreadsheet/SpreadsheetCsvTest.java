package org.kaohe.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTest {

  @Test
  void fieldsWithACommaAQuoteOrALineBreakAreQuotedAndQuotesDoubled() {
    assertThat(
            SpreadsheetCsv.write(
                List.of("a", "b", "c", "d", "e"),
                List.of(
                    Arrays.asList(
                        "batch 7, line 3",
                        "the \"final\" one",
                        "two\nlines",
                        "plain-id_42",
                        null))))
        .isEqualTo(
            "a,b,c,d,e\r\n\"batch 7, line 3\",\"the \"\"final\"\" one\",\"two\nlines\",plain-id_42,\r\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "-", "=-1.5"})
  void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String cell) throws IOException {
    String csv = SpreadsheetCsv.write(List.of("cell"), List.of(List.of(cell)));

    assertThat(asASpreadsheetReadsIt(csv)).isEqualTo("'" + cell);
    assertThat(SpreadsheetCsv.read(csv).get(1)).containsExactly(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1.5", "+2", "-40", "87.50", "0"})
  void aNumberIsWrittenAsItIsAndReadsBackTheSame(String number) throws IOException {
    String csv = SpreadsheetCsv.write(List.of("value"), List.of(List.of(number)));

    assertThat(asASpreadsheetReadsIt(csv)).isEqualTo(number);
    assertThat(SpreadsheetCsv.read(csv).get(1)).containsExactly(number);
  }

  @Test
  void aUnitNameWithACommaAndQuotesReadsBackUnchanged() {
    String name = "某集团, \"有限\" 公司";

    String csv = SpreadsheetCsv.write(List.of("unit_name"), List.of(List.of(name)));

    assertThat(SpreadsheetCsv.read(csv).get(1)).containsExactly(name);
  }

  @Test
  void anUnclosedQuoteNamesTheRowItStartsIn() {
    assertThatThrownBy(() -> SpreadsheetCsv.read("a,b\r\n1,\"open\r\n"))
        .isInstanceOf(SpreadsheetCsv.UnclosedQuote.class)
        .hasMessage("row 2 has a quoted cell that is never closed");
  }

  private static String asASpreadsheetReadsIt(String csv) throws IOException {
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
      return parser.getRecords().get(1).get(0);
    }
  }
}
