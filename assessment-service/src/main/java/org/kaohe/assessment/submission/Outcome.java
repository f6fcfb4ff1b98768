package org.kaohe.assessment.submission;

import org.kaohe.assessment.round.application.RecordedScore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What became of one item: 201 recorded, 200 unchanged (nothing stored), or refused with the
 * problem a single request would have been answered with.
 */
public record Outcome(int status, RecordedScore result, ProblemDetail problem) {

  public static Outcome recorded(RecordedScore score) {
    HttpStatus status = score.changed() ? HttpStatus.CREATED : HttpStatus.OK;
    return new Outcome(status.value(), score, null);
  }

  public static Outcome refused(ProblemDetail problem) {
    return new Outcome(problem.getStatus(), null, problem);
  }

  public boolean isRecorded() {
    return status == HttpStatus.CREATED.value();
  }

  public boolean isUnchanged() {
    return status == HttpStatus.OK.value();
  }
}
