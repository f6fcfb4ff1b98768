package org.kaohe.assessment.audit;

import org.kaohe.assessment.round.domain.InputKind;

/**
 * What one change of a round did, in its kind's own terms. Its fields stand beside the change's
 * sequence, submitter and time in the history's items.
 */
public sealed interface RecordedInput
    permits ScoreChange, RatingChange, EvaluationChange, FindingChange, ReopeningChange {

  InputKind kind();

  /** The cadre the input is about, or null for the unit itself (and for a reopening). */
  String cadreCode();
}
