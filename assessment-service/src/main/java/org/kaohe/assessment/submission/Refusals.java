package org.kaohe.assessment.submission;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.kaohe.assessment.reference.NotResponsible;
import org.kaohe.assessment.round.web.RoundProblems;
import org.kaohe.platform.web.problem.InvalidFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem a single request would be answered with for the same refusal: 400 naming every
 * invalid field, 403 when the agency is not responsible, the round's own refusals (409 conflict or
 * closed round, 400 correction without reason). Anything else is logged and is the item's 500.
 */
public final class Refusals {
  static final String UNEXPECTED_DETAIL = "An unexpected error occurred; it has been logged.";

  private static final Logger log = LoggerFactory.getLogger(Refusals.class);

  private Refusals() {}

  public static ProblemDetail describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof InvalidFields invalid) {
      return invalid.toProblem();
    }
    if (cause instanceof NotResponsible refused) {
      return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
    }
    return RoundProblems.describe(cause)
        .orElseGet(
            () -> {
              log.error("Unexpected failure recording a bulk item", cause);
              return ProblemDetail.forStatusAndDetail(
                  HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED_DETAIL);
            });
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
