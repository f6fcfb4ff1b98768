package org.kaohe.assessment.submission.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetRejected;

/**
 * Where each column is in a sheet, read from its header row: the template's column names, in any
 * order, case and spacing ({@code Unit Code} reads as {@code unit_code}); empty header cells are
 * ignored. The code and value columns are required; an unknown or repeated column is refused, so a
 * misspelt column is never silently left unread.
 */
public final class SheetHeader {
  private final Map<Column, Integer> positions;

  private SheetHeader(Map<Column, Integer> positions) {
    this.positions = positions;
  }

  /**
   * @throws SheetRejected naming the missing, unknown and repeated columns
   */
  public static SheetHeader read(RawRow header) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<String> unknown = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    for (int index = 0; index < header.cells().size(); index++) {
      String name = normalized(header.cell(index));
      if (name.isEmpty()) {
        continue;
      }
      Optional<Column> column = Column.ofHeader(name);
      if (column.isEmpty()) {
        unknown.add(header.cell(index).strip());
      } else if (positions.putIfAbsent(column.get(), index) != null) {
        repeated.add(name);
      }
    }
    List<String> missing =
        Arrays.stream(Column.values())
            .filter(column -> column.required() && !positions.containsKey(column))
            .map(Column::header)
            .toList();
    if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
      throw wrongHeader(header.number(), missing, unknown, repeated);
    }
    return new SheetHeader(positions);
  }

  /**
   * The cell of each column present in the sheet; absent columns read as empty. Text written by a
   * person is kept as it is: stripping it would turn a reason of blanks, or one ending in a control
   * character, into another text than the one sent.
   */
  public Map<Column, String> cells(RawRow row) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      Integer position = positions.get(column);
      String cell = position == null ? "" : row.cell(position);
      cells.put(column, column.freeText() ? cell : cell.strip());
    }
    return cells;
  }

  /** The columns read for a score whose cell in this row holds no value the file keeps. */
  public Set<Column> unheld(RawRow row) {
    Set<Column> unheld = EnumSet.noneOf(Column.class);
    positions.forEach(
        (column, position) -> {
          if (column.field() != null && !row.holds(position)) {
            unheld.add(column);
          }
        });
    return unheld;
  }

  private static String normalized(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  private static SheetRejected wrongHeader(
      int row, List<String> missing, List<String> unknown, List<String> repeated) {
    List<String> reasons = new ArrayList<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      reasons.add("missing " + String.join(", ", missing));
      properties.put("missingColumns", missing);
    }
    if (!unknown.isEmpty()) {
      reasons.add("unknown " + String.join(", ", unknown));
      properties.put("unknownColumns", unknown);
    }
    if (!repeated.isEmpty()) {
      reasons.add("repeated " + String.join(", ", repeated));
      properties.put("repeatedColumns", repeated);
    }
    properties.put("expectedColumns", Column.headers());
    return new SheetRejected(
        "row "
            + row
            + " must be the template's header ("
            + String.join(", ", Column.headers())
            + "); columns "
            + String.join("; ", reasons),
        properties);
  }
}
