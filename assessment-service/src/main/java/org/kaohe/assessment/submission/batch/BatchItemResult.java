package org.kaohe.assessment.submission.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.kaohe.assessment.round.application.RecordedScore;
import org.kaohe.assessment.submission.Outcome;
import org.kaohe.assessment.submission.ProblemBody;

/** One item's answer: the recorded score, or the problem a single request would have had. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(
    String itemId, Integer line, int status, RecordedScore result, Map<String, Object> problem) {

  public static BatchItemResult of(BatchItem item, Outcome outcome) {
    return new BatchItemResult(
        item.itemId(),
        item.line(),
        outcome.status(),
        outcome.result(),
        outcome.problem() == null ? null : ProblemBody.of(outcome.problem()));
  }
}
