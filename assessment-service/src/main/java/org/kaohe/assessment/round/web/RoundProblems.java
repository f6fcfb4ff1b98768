package org.kaohe.assessment.round.web;

import java.util.List;
import java.util.Optional;
import org.kaohe.assessment.round.domain.CorrectionWithoutReason;
import org.kaohe.assessment.round.domain.InputConflict;
import org.kaohe.assessment.round.domain.RoundClosed;
import org.kaohe.assessment.round.domain.RoundStillOpen;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How a round's refusals are answered: a conflicting score is 409 with the score as it stands
 * ({@code current}); a correction without a reason is 400; a closed round is 409 saying when it
 * closed and how to reopen it. Batch channels describe their items' refusals the same way.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RoundProblems {

  @ExceptionHandler
  ProblemDetail conflict(InputConflict conflict) {
    return describe(conflict).orElseThrow();
  }

  @ExceptionHandler
  ProblemDetail withoutReason(CorrectionWithoutReason refused) {
    return describe(refused).orElseThrow();
  }

  @ExceptionHandler
  ProblemDetail closed(RoundClosed closed) {
    return describe(closed).orElseThrow();
  }

  @ExceptionHandler
  ProblemDetail stillOpen(RoundStillOpen open) {
    return describe(open).orElseThrow();
  }

  /** The problem for one of the round's refusals; empty for any other failure. */
  public static Optional<ProblemDetail> describe(Throwable failure) {
    if (failure instanceof InputConflict conflict) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
      problem.setTitle("Conflict with a recorded input");
      conflict.current().ifPresent(current -> problem.setProperty("current", current));
      return Optional.of(problem);
    }
    if (failure instanceof CorrectionWithoutReason refused) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
      problem.setProperty("errors", List.of(new FieldViolation("reason", refused.getMessage())));
      return Optional.of(problem);
    }
    if (failure instanceof RoundClosed || failure instanceof RoundStillOpen) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, failure.getMessage());
      problem.setTitle(failure instanceof RoundClosed ? "Round closed" : "Round still open");
      return Optional.of(problem);
    }
    return Optional.empty();
  }
}
