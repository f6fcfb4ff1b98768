package org.kaohe.assessment.submission.web;

import org.kaohe.assessment.submission.sheet.NoTemplate;
import org.kaohe.assessment.submission.sheet.SheetRejected;
import org.kaohe.assessment.submission.sheet.SheetTooLarge;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of a whole upload, nothing of it recorded: 413 for a workbook beyond a limit on
 * rows, columns or unzipped size (naming the limit), 400 for a file that is no agency spreadsheet,
 * 404 for a template the agency has none of.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblems {

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

  @ExceptionHandler
  ProblemDetail noTemplate(NoTemplate none) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, none.getMessage());
  }
}
