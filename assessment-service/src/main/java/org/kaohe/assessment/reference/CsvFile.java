package org.kaohe.assessment.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 reference CSV: blank lines and lines starting with {@code #} are skipped, the first
 * other line must be the expected header, and fields may be quoted as in RFC 4180 (within one
 * line). Each data line keeps its number in the file.
 */
final class CsvFile {
  record Line(int number, List<String> fields) {}

  private CsvFile() {}

  static List<Line> read(InputStream in, String header, FileProblems problems) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Line> lines = new ArrayList<>();
    boolean headerSeen = false;
    int number = 0;
    String text;
    while ((text = reader.readLine()) != null) {
      number++;
      if (number == 1) {
        text = text.replace("\uFEFF", "");
      }
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!text.strip().equals(header)) {
          problems.at(number, "the header must be '" + header + "', found '" + text + "'");
          return List.of();
        }
        continue;
      }
      try {
        lines.add(new Line(number, split(text)));
      } catch (IllegalArgumentException e) {
        problems.at(number, e.getMessage());
      }
    }
    if (!headerSeen) {
      problems.inFile("the file is empty; it must start with the header '" + header + "'");
    }
    return lines;
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
