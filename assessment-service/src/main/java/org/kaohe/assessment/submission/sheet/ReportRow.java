package org.kaohe.assessment.submission.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.assessment.round.application.RecordedScore;
import org.kaohe.assessment.submission.Outcome;
import org.kaohe.assessment.submission.ProblemBody;
import org.kaohe.platform.web.problem.FieldViolation;

/**
 * One filled row's answer: its status and either the recorded score, or the problem with its errors
 * by column (the problem itself then leaves out the errors by field).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRow(
    int row,
    String requestId,
    int status,
    List<CellError> errors,
    RecordedScore result,
    Map<String, Object> problem) {

  private static final String ERRORS = "errors";

  public static ReportRow of(SheetRow row, Outcome outcome) {
    if (outcome.problem() == null) {
      return new ReportRow(
          row.row(), row.requestId(), outcome.status(), null, outcome.result(), null);
    }
    Map<String, Object> problem = new LinkedHashMap<>(ProblemBody.of(outcome.problem()));
    List<CellError> errors = null;
    if (problem.remove(ERRORS) instanceof List<?> violations) {
      errors =
          CellError.of(
              violations.stream()
                  .filter(FieldViolation.class::isInstance)
                  .map(FieldViolation.class::cast)
                  .toList());
    }
    return new ReportRow(row.row(), row.requestId(), outcome.status(), errors, null, problem);
  }
}
