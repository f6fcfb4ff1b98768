package org.kaohe.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

  @Test
  void rowsAreNumberedAsASpreadsheetShowsThemWithTheHeaderAsRowOne() {
    List<RawRow> rows = CsvSheet.read(utf8("unit_code,value\r\n620100,80\r\n\r\n620200,81\r\n"));

    assertThat(rows)
        .containsExactly(
            new RawRow(1, List.of("unit_code", "value")),
            new RawRow(2, List.of("620100", "80")),
            new RawRow(3, List.of("")),
            new RawRow(4, List.of("620200", "81")));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstCell() {
    assertThat(CsvSheet.read(utf8("\uFEFFunit_code,value\n")).get(0).cell(0))
        .isEqualTo("unit_code");
  }

  @Test
  void quotedCellsHoldCommasQuotesAndLineBreaksWithinOneRow() {
    List<RawRow> rows =
        CsvSheet.read(utf8("reason,value\n\"revised, \"\"twice\"\"\nby the bureau\",80\nx,81"));

    assertThat(rows.get(1).cells()).containsExactly("revised, \"twice\"\nby the bureau", "80");
    assertThat(rows.get(2)).isEqualTo(new RawRow(3, List.of("x", "81")));
  }

  @Test
  void aFileSavedAsChineseWindowsCsvIsReadAsGb18030() {
    byte[] gbk = "unit_name,value\n兰州市,80\n".getBytes(Charset.forName("GBK"));

    assertThat(CsvSheet.read(gbk).get(1).cells()).containsExactly("兰州市", "80");
  }

  @Test
  void anUnclosedQuoteNamesItsRow() {
    assertThatThrownBy(() -> CsvSheet.read(utf8("a,b\n1,\"open\n")))
        .isInstanceOf(SheetRejected.class)
        .hasMessage("row 2 has a quoted cell that is never closed");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
