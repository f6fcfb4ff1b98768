package org.kaohe.assessment.submission.sheet;

import java.util.List;

/**
 * A row of a spreadsheet as text, cell by cell.
 *
 * @param number the row's number as a spreadsheet program shows it, the first row being 1
 */
public record RawRow(int number, List<String> cells) {

  public RawRow {
    cells = List.copyOf(cells);
  }

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
