package org.kaohe.assessment.submission.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.assessment.round.web.RecordScoreRequest;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.assessment.submission.ScoreFieldRules;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetRejected;
import org.kaohe.platform.web.batch.TooManyItems;
import org.kaohe.platform.web.numbers.DecimalBounds;
import org.kaohe.platform.web.numbers.NumberRefused;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Turns an uploaded sheet into score requests: the first non-empty row is the header, every row
 * under it with a value is one score of the given year; rows whose value is empty are the
 * template's unfilled rows and are skipped. A cell that cannot be read (text in the value column)
 * is that row's problem, named by the same rules as a single score request; numbers are read by the
 * same {@link DecimalBounds} as a JSON body's, exactly as the cell's text writes them. A cell whose
 * value the file does not hold (a formula saved without its result) is that row's problem too,
 * never read as empty or 0.
 */
public final class SheetRows {
  static final String UNHELD =
      "holds a formula whose result the file does not keep: open the file in a spreadsheet"
          + " program so it calculates, then save it, or type the value itself";

  private final ScoreFieldRules rules;
  private final DecimalBounds numbers;
  private final int maxRows;

  public SheetRows(ScoreFieldRules rules, DecimalBounds numbers, int maxRows) {
    this.rules = rules;
    this.numbers = numbers;
    this.maxRows = maxRows;
  }

  /**
   * @param source names the upload in each row's request id, e.g. its file name
   * @throws SheetRejected without a valid header
   * @throws TooManyItems with more filled rows than a submission may hold
   */
  public UploadedSheet read(List<RawRow> rows, int year, String source) {
    List<RawRow> nonBlank = rows.stream().filter(row -> !row.isBlank()).toList();
    if (nonBlank.isEmpty()) {
      throw new SheetRejected(
          "the file is empty: its first row must be the template's header ("
              + String.join(", ", Column.headers())
              + ")");
    }
    SheetHeader header = SheetHeader.read(nonBlank.get(0));
    List<SheetRow> filled = new ArrayList<>();
    int skipped = 0;
    for (RawRow row : nonBlank.subList(1, nonBlank.size())) {
      Map<Column, String> cells = header.cells(row);
      Set<Column> unheld = header.unheld(row);
      if (cells.get(Column.VALUE).isEmpty() && !unheld.contains(Column.VALUE)) {
        skipped++;
        continue;
      }
      if (filled.size() == maxRows) {
        throw new TooManyItems("spreadsheet", maxRows);
      }
      String requestId = source + " row " + row.number();
      filled.add(new SheetRow(row.number(), requestId, prepare(cells, unheld, year, requestId)));
    }
    return new UploadedSheet(filled, skipped);
  }

  private Prepared prepare(
      Map<Column, String> cells, Set<Column> unheld, int year, String requestId) {
    List<FieldViolation> violations = new ArrayList<>();
    unheld.forEach(column -> violations.add(new FieldViolation(column.field(), UNHELD)));
    RecordScoreRequest request =
        new RecordScoreRequest(
            text(cells, Column.UNIT_CODE),
            year,
            text(cells, Column.INDICATOR_CODE),
            text(cells, Column.CADRE_CODE),
            text(cells, Column.PERIOD),
            number(cells, Column.VALUE, violations),
            number(cells, Column.REPLACES, violations),
            text(cells, Column.REASON));
    Set<String> unreadable =
        violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
    rules.violations(request).stream()
        .filter(violation -> !unreadable.contains(violation.field()))
        .forEach(violations::add);
    if (!violations.isEmpty()) {
      return new Prepared.Refused(new InvalidFields(violations).toProblem());
    }
    return new Prepared.Ready(requestId, request.toInput());
  }

  private static String text(Map<Column, String> cells, Column column) {
    String text = cells.get(column);
    return text.isEmpty() ? null : text;
  }

  private BigDecimal number(
      Map<Column, String> cells, Column column, List<FieldViolation> violations) {
    String text = cells.get(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return numbers.parse(text);
    } catch (NumberRefused refused) {
      violations.add(new FieldViolation(column.field(), refused.getMessage()));
      return null;
    }
  }
}
