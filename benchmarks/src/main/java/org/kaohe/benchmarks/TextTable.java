package org.kaohe.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a title, a label column and right-aligned value columns. */
final class TextTable {
  private final String title;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String title, String... headers) {
    this.title = title;
    if (headers.length > 0) {
      row("", headers);
    }
  }

  TextTable row(String label, String... cells) {
    List<String> row = new ArrayList<>();
    row.add(label);
    row.addAll(List.of(cells));
    rows.add(row);
    return this;
  }

  void print(PrintStream out) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(title);
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, widths[0]) : "  " + pad(cell, -widths[i]));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
  }

  /** Left-aligned for a positive width, right-aligned for a negative one. */
  private static String pad(String cell, int width) {
    String spaces = " ".repeat(Math.abs(width) - cell.length());
    return width >= 0 ? cell + spaces : spaces + cell;
  }
}
