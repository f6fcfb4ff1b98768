package org.kaohe.platform.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV the service exports, and every one it reads back: RFC 4180, CRLF line ends, fields
 * quoted only when they must be, null written as an empty field.
 *
 * <p>A text cell that a spreadsheet program would run as a formula (starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading single quote, so
 * that Excel and LibreOffice show it as text. A number such as {@code -1.5} is written as it is:
 * the program reads it as a number, not a formula, and the value reads back unchanged. Reading
 * removes the quote again from a cell that would otherwise be such a formula, so a written file
 * reads back with the values it was written from.
 */
public final class SpreadsheetCsv {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true).get();
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final char TEXT_MARK = '\'';

  private SpreadsheetCsv() {}

  /** The header line, then one line per row; each row's cells in the header's order. */
  public static String write(List<String> header, List<? extends List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
      printer.printRecord(header.stream().map(SpreadsheetCsv::neutralise));
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::neutralise));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  /**
   * The rows of a CSV text, each as its cells; a blank line is a row of one empty cell.
   *
   * @throws UnclosedQuote when a quoted cell runs to the end of the text
   */
  public static List<List<String>> read(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        rows.add(record.stream().map(SpreadsheetCsv::restore).toList());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UnclosedQuote(rows.size() + 1);
    }
    return rows;
  }

  /** A cell as written: a formula-like text marked as text; null as an empty cell. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    if (FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return TEXT_MARK + cell;
  }

  /** A cell as read: the text mark of {@link #neutralise} removed. */
  public static String restore(String cell) {
    if (cell.length() > 1
        && cell.charAt(0) == TEXT_MARK
        && !NUMBER.matcher(cell.substring(1)).matches()
        && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** A quoted cell that is never closed; {@code row} is the row it starts in, the first being 1. */
  public static final class UnclosedQuote extends RuntimeException {
    private final int row;

    UnclosedQuote(int row) {
      super("row " + row + " has a quoted cell that is never closed");
      this.row = row;
    }

    public int row() {
      return row;
    }
  }
}
