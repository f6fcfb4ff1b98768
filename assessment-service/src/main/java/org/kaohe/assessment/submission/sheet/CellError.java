package org.kaohe.assessment.submission.sheet;

import java.util.List;
import org.kaohe.platform.web.problem.FieldViolation;

/**
 * A problem of one row, located by the column's header name as the sheet shows it; {@code column}
 * is null for a problem of the row as a whole (an indicator that does not apply to the unit).
 */
public record CellError(String column, String message) {

  static List<CellError> of(List<FieldViolation> violations) {
    return violations.stream()
        .map(
            violation ->
                new CellError(
                    Column.ofField(violation.field()).map(Column::header).orElse(null),
                    violation.message()))
        .toList();
  }
}
