package org.kaohe.assessment.submission.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file as RFC 4180 has it (quoted fields may hold commas, quotes and line breaks; CRLF
 * or LF). UTF-8, with or without a byte-order mark; a file that is not UTF-8 is read as GB18030,
 * which is what a spreadsheet program on a Chinese system saves as plain "CSV".
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
    List<RawRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean rowStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        continue;
      }
      if (c == '"' && cell.isEmpty()) {
        quoted = true;
        rowStarted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        rowStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        rows.add(new RawRow(rows.size() + 1, cells));
        cells = new ArrayList<>();
        cell.setLength(0);
        rowStarted = false;
      } else {
        cell.append(c);
        rowStarted = true;
      }
    }
    if (quoted) {
      throw new SheetRejected(
          "row " + (rows.size() + 1) + " has a quoted cell that is never closed");
    }
    if (rowStarted) {
      cells.add(cell.toString());
      rows.add(new RawRow(rows.size() + 1, cells));
    }
    return rows;
  }
}
