package org.kaohe.assessment.veto.web;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kaohe.assessment.veto.domain.NotTheCompetentDepartment;
import org.kaohe.assessment.veto.domain.VetoDetailMissing;
import org.kaohe.assessment.veto.domain.VetoStateConflict;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The veto case's refusals as problems: 409 naming the current status, 403 naming the competent
 * department, 400 naming the missing field, 404 for a case never proposed. Ahead of the platform's
 * catch-all advice.
 */
@RestControllerAdvice(assignableTypes = VetoWorkflowController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VetoProblems {

  @ExceptionHandler
  ProblemDetail conflict(VetoStateConflict conflict) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
    problem.setProperty("currentStatus", conflict.currentStatus());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notCompetent(NotTheCompetentDepartment refused) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
    problem.setProperty("competentDepartment", refused.competentDepartment().value());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail missing(VetoDetailMissing missing) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, missing.getMessage());
    problem.setProperty(
        "errors", List.of(new FieldViolation(missing.field(), missing.getMessage())));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notProposed(AggregateNotFoundException notFound) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, "no veto case " + notFound.getAggregateIdentifier());
  }
}
