package org.kaohe.survey.web;

import java.util.List;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.survey.campaign.domain.CampaignRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A campaign's refusals as problems: 409 naming its current status (and when it closed, for a batch
 * that came too late), 400 listing every problem of a definition or correction, 409 for a campaign
 * id that is taken. Ahead of the platform's catch-all advice.
 */
@RestControllerAdvice(basePackageClasses = SurveyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblems {

  @ExceptionHandler
  ProblemDetail refused(CampaignRefused refused) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.valueOf(refused.status()), refused.getMessage());
    if (refused.currentStatus() != null) {
      problem.setProperty("currentStatus", refused.currentStatus());
    }
    if (refused.closedAt() != null) {
      problem.setProperty("closedAt", refused.closedAt());
    }
    if (!refused.problems().isEmpty()) {
      List<FieldViolation> errors =
          refused.problems().stream().map(SurveyProblems::violation).toList();
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  @ExceptionHandler
  ProblemDetail taken(AggregateStreamCreationException taken) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT, "a campaign with this id exists already");
  }

  /** "field: message" as the field and its message. */
  private static FieldViolation violation(String problem) {
    int colon = problem.indexOf(": ");
    return colon < 0
        ? new FieldViolation("", problem)
        : new FieldViolation(problem.substring(0, colon), problem.substring(colon + 2));
  }
}
