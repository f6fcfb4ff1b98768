package org.kaohe.assessment.submission.web;

import org.kaohe.assessment.submission.sheet.NoTemplate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 404 for a template the agency has none of; a file refused whole is answered by the platform's
 * {@link org.kaohe.platform.spreadsheet.SpreadsheetProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblems {

  @ExceptionHandler
  ProblemDetail noTemplate(NoTemplate none) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, none.getMessage());
  }
}
