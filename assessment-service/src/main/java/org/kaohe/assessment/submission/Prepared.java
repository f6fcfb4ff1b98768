package org.kaohe.assessment.submission;

import org.kaohe.assessment.round.application.ScoreInput;
import org.springframework.http.ProblemDetail;

/** One item of a bulk submission after reading it: ready to record, or refused for its content. */
public sealed interface Prepared {

  /**
   * @param clientRequestId what the audit trail shows as the change's request id
   */
  record Ready(String clientRequestId, ScoreInput input) implements Prepared {}

  record Refused(ProblemDetail problem) implements Prepared {}
}
