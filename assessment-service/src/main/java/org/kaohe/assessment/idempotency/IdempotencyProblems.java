package org.kaohe.assessment.idempotency;

import java.util.List;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problems a keyed request may be answered with before it is processed. */
final class IdempotencyProblems {
  static final String MISMATCH =
      "this Idempotency-Key was already used for a different request; use a new key for a new"
          + " request";
  static final String IN_FLIGHT =
      "a request with this Idempotency-Key is still being processed; retry later";

  private IdempotencyProblems() {}

  static ErrorResponseException invalidKey(String problem) {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, IdempotencyKey.HEADER + " " + problem);
    detail.setProperty("errors", List.of(new FieldViolation(IdempotencyKey.HEADER, problem)));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, detail, null);
  }

  static ErrorResponseException mismatch() {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, MISMATCH);
    detail.setTitle("Idempotency-Key reused");
    return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, detail, null);
  }

  static ErrorResponseException inFlight() {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, IN_FLIGHT);
    detail.setTitle("Request in progress");
    ErrorResponseException error = new ErrorResponseException(HttpStatus.CONFLICT, detail, null);
    error.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    return error;
  }
}
