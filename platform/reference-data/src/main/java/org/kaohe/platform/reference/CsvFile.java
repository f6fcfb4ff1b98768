package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 reference CSV (RFC 4180, with or without a byte-order mark): blank lines and lines
 * starting with {@code #} are skipped, the first other line must be the expected header. Each data
 * record keeps the number of the line it starts on.
 */
final class CsvFile {
  /**
   * Comments and blank lines are read as records and skipped here rather than by the parser, which
   * would fold them into the next record and so lose the line a record starts on.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  record Line(int number, List<String> fields) {}

  private CsvFile() {}

  static List<Line> read(InputStream in, String header, FileProblems problems) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<Line> lines = new ArrayList<>();
    boolean headerSeen = false;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        int number = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          problems.at(number, "a quoted field is not closed");
          break;
        }
        List<String> fields = record.toList();
        if (isBlankOrComment(fields)) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          String found = String.join(",", fields);
          if (!found.equals(header)) {
            problems.at(number, "the header must be '" + header + "', found '" + found + "'");
            return List.of();
          }
          continue;
        }
        lines.add(new Line(number, fields));
      }
    }
    if (!headerSeen) {
      problems.inFile("the file is empty; it must start with the header '" + header + "'");
    }
    return lines;
  }

  private static boolean isBlankOrComment(List<String> fields) {
    return (fields.size() == 1 && fields.get(0).isEmpty()) || fields.get(0).startsWith("#");
  }
}
