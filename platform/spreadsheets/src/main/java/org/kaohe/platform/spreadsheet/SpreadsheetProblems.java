package org.kaohe.platform.spreadsheet;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of a whole uploaded file, nothing of it recorded: 413 for a workbook beyond a limit
 * on rows, columns or unzipped size (naming the limit), 400 for a file that cannot be read.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SpreadsheetProblems {

  @ExceptionHandler
  ProblemDetail tooLarge(SheetTooLarge tooLarge) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
    problem.setTitle("Spreadsheet too large");
    problem.setProperty(tooLarge.limitName(), tooLarge.limit());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail rejected(SheetRejected rejected) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
    problem.setTitle("Unreadable spreadsheet");
    rejected.properties().forEach(problem::setProperty);
    return problem;
  }
}
