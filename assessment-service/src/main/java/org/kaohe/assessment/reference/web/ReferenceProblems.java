package org.kaohe.assessment.reference.web;

import org.kaohe.assessment.reference.NotResponsible;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The responsibility check's answer, for every controller: 403 saying what the agency may not do.
 * Ahead of the platform's catch-all advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceProblems {

  @ExceptionHandler
  ProblemDetail notResponsible(NotResponsible refused) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
  }
}
