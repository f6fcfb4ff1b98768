package org.kaohe.assessment.audit;

import java.util.Optional;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * What one of a round's stored events changed, and who, for which agency and why as the event
 * itself names them (its metadata may say more).
 *
 * @param agency null for a reopening, which names no agency
 * @param reason null for a finding, which is never changed
 */
record StoredInput(RecordedInput input, String principal, String agency, String reason) {

  /** Empty for an event that is none of a round's inputs. */
  static Optional<StoredInput> of(Object payload) {
    if (payload instanceof ScoreRecordedEvent score) {
      return read(
          ScoreChange.of(score), score.recordedBy(), score.agency().value(), score.reason());
    }
    if (payload instanceof PoliticalQualityRatedEvent rating) {
      return read(
          RatingChange.of(rating), rating.ratedBy(), rating.agency().value(), rating.reason());
    }
    if (payload instanceof DemocraticEvaluationRecordedEvent evaluation) {
      return read(
          EvaluationChange.of(evaluation),
          evaluation.recordedBy(),
          evaluation.agency().value(),
          evaluation.reason());
    }
    if (payload instanceof FindingRecordedEvent finding) {
      return read(FindingChange.of(finding), finding.recordedBy(), finding.agency().value(), null);
    }
    if (payload instanceof RoundReopenedEvent reopening) {
      return read(ReopeningChange.of(reopening), reopening.reopenedBy(), null, reopening.reason());
    }
    return Optional.empty();
  }

  private static Optional<StoredInput> read(
      RecordedInput input, String principal, String agency, String reason) {
    return Optional.of(new StoredInput(input, principal, agency, reason));
  }
}
