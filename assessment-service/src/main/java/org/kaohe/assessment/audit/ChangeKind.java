package org.kaohe.assessment.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a change of a round's history changed. */
public enum ChangeKind {
  SCORE,
  POLITICAL_RATING,
  DEMOCRATIC_EVALUATION,
  FINDING,
  REOPENING;

  /** For messages: {@code SCORE, POLITICAL_RATING, …}. */
  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
