package org.kaohe.platform.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reads an uploaded CSV file as {@link SpreadsheetCsv} does (quoted fields may hold commas, quotes
 * and line breaks; CRLF or LF). UTF-8, with or without a byte-order mark; a file that is not UTF-8
 * is read as GB18030, which is what a spreadsheet program on a Chinese system saves as plain "CSV".
 */
public final class CsvSheet {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvSheet() {}

  /**
   * @throws SheetRejected when the text is in neither encoding or a quoted field is not closed
   */
  public static List<RawRow> read(byte[] content) {
    return rows(decode(content).replace("\uFEFF", ""));
  }

  private static String decode(byte[] content) {
    return strictly(content, StandardCharsets.UTF_8)
        .or(() -> strictly(content, GB18030))
        .orElseThrow(
            () ->
                new SheetRejected(
                    "the file is neither CSV nor XLSX: it is not text (save it as CSV UTF-8)"));
  }

  private static Optional<String> strictly(byte[] content, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString());
    } catch (CharacterCodingException notThisCharset) {
      return Optional.empty();
    }
  }

  private static List<RawRow> rows(String text) {
    try {
      List<List<String>> rows = SpreadsheetCsv.read(text);
      return IntStream.range(0, rows.size())
          .mapToObj(index -> new RawRow(index + 1, rows.get(index)))
          .toList();
    } catch (SpreadsheetCsv.UnclosedQuote e) {
      throw new SheetRejected(e.getMessage());
    }
  }
}
