package org.kaohe.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SheetFormatTest {

  @Test
  void aZipIsAnXlsxWhateverItsNameAndTextIsCsv() {
    assertThat(SheetFormat.detect(new byte[] {'P', 'K', 3, 4, 0}, "scores.csv"))
        .isEqualTo(SheetFormat.XLSX);
    assertThat(SheetFormat.detect(bytes("unit_code,value\n"), null)).isEqualTo(SheetFormat.CSV);
  }

  @Test
  void anOldXlsWorkbookAndABinaryFileAreRefusedSayingWhatToSaveAs() {
    assertThatThrownBy(
            () ->
                SheetFormat.detect(
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, "old.bin"))
        .isInstanceOf(SheetRejected.class)
        .hasMessageContaining("Excel 97-2003 workbook (.xls)");
    assertThatThrownBy(() -> SheetFormat.detect(new byte[] {'%', 'P', 'D', 'F', 0, 1}, "a.pdf"))
        .isInstanceOf(SheetRejected.class)
        .hasMessageStartingWith("the file is neither CSV nor XLSX");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
