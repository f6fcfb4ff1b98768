package org.kaohe.assessment.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problems a keyed request may be answered with before it is processed, and the one kept for a
 * retry in place of a response too large to keep.
 */
final class IdempotencyProblems {
  static final String MISMATCH =
      "this Idempotency-Key was already used for a different request; use a new key for a new"
          + " request";
  static final String IN_FLIGHT =
      "a request with this Idempotency-Key is still being processed; retry later";

  private IdempotencyProblems() {}

  /**
   * What a retry gets instead of a response too large to keep: the request was processed, so it
   * must not run again, and its answer cannot be sent again.
   */
  static StoredResponse notKept(int originalStatus, long maxStoredResponseBytes) {
    String detail =
        "the request with this Idempotency-Key was processed and answered with status "
            + originalStatus
            + ", but its response was larger than the "
            + maxStoredResponseBytes
            + " bytes kept for a retry; look up its outcome instead of retrying it";
    String problem =
        "{\"type\":\"about:blank\",\"title\":\"Response not kept\",\"status\":409,"
            + "\"detail\":\""
            + detail
            + "\",\"originalStatus\":"
            + originalStatus
            + ",\"maxStoredResponseBytes\":"
            + maxStoredResponseBytes
            + "}";
    return new StoredResponse(
        HttpStatus.CONFLICT.value(),
        MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        null,
        problem.getBytes(StandardCharsets.UTF_8));
  }

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
