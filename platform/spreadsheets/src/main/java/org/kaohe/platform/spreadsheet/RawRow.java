package org.kaohe.platform.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * A row of a spreadsheet as text, cell by cell.
 *
 * @param number the row's number as a spreadsheet program shows it, the first row being 1
 * @param unheld the positions of cells whose value the file does not hold, such as a formula saved
 *     without its result; they read as empty here and are the row's error where they are read
 */
public record RawRow(int number, List<String> cells, Set<Integer> unheld) {

  public RawRow {
    cells = List.copyOf(cells);
    unheld = Set.copyOf(unheld);
  }

  public RawRow(int number, List<String> cells) {
    this(number, cells, Set.of());
  }

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  public boolean holds(int index) {
    return !unheld.contains(index);
  }

  public boolean isBlank() {
    return unheld.isEmpty() && cells.stream().allMatch(String::isBlank);
  }
}
