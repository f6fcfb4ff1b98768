package org.kaohe.assessment.submission.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.submission.Outcome;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ReportRowTest {

  @Test
  void aRowsErrorsNameTheColumnsAsTheSheetShowsThemAndARowWideOneNoColumn() {
    ProblemDetail problem =
        new InvalidFields(
                List.of(
                    new FieldViolation("unitCode", "unknown unit code 999999"),
                    new FieldViolation("value", "value 101 is outside the scale"),
                    new FieldViolation("", "indicator X does not apply to unit Y")))
            .toProblem();
    SheetRow row = new SheetRow(7, "scores.xlsx row 7", new Prepared.Refused(problem));

    ReportRow report = ReportRow.of(row, Outcome.refused(problem));

    assertThat(report.row()).isEqualTo(7);
    assertThat(report.status()).isEqualTo(400);
    assertThat(report.errors())
        .containsExactly(
            new CellError("unit_code", "unknown unit code 999999"),
            new CellError("value", "value 101 is outside the scale"),
            new CellError(null, "indicator X does not apply to unit Y"));
    assertThat(report.problem()).doesNotContainKey("errors").containsEntry("status", 400);
  }

  @Test
  void aRefusalWithoutFieldsKeepsItsProblemAsItIs() {
    ProblemDetail forbidden = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "may not");
    SheetRow row = new SheetRow(3, "x row 3", new Prepared.Refused(forbidden));

    ReportRow report = ReportRow.of(row, Outcome.refused(forbidden));

    assertThat(report.errors()).isNull();
    assertThat(report.problem())
        .containsEntry("status", 403)
        .containsEntry("detail", "may not")
        .containsEntry("title", "Forbidden");
  }
}
