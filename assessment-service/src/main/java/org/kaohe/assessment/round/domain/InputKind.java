package org.kaohe.assessment.round.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of input to a round something is: what a change of its history changed, or what it
 * still lacks.
 */
public enum InputKind {
  SCORE,
  POLITICAL_RATING,
  DEMOCRATIC_EVALUATION,
  FINDING,
  REOPENING;

  /** For messages: {@code SCORE, POLITICAL_RATING, …}. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
