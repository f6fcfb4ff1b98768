package org.kaohe.survey.scoring;

import java.util.Objects;

/** A questionnaire item as scoring sees it: its code, its answer scale and its dimension. */
public record ScoredItem(String itemCode, AnswerScale scale, String dimension) {

  public ScoredItem {
    Objects.requireNonNull(itemCode, "itemCode");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(dimension, "dimension");
  }
}
