package org.kaohe.assessment.audit;

/** What a change of a round's history changed. */
public enum ChangeKind {
  SCORE,
  POLITICAL_RATING,
  DEMOCRATIC_EVALUATION,
  FINDING,
  REOPENING
}
