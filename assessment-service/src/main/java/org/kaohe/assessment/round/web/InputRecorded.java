package org.kaohe.assessment.round.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kaohe.events.assessment.PoliticalRating;

/**
 * The answer to a rating, an evaluation or a finding: which input it was ({@code recorded}, named
 * by its unit and what identifies it within the round) and whether anything {@code changed}.
 */
record InputRecorded(Input recorded, boolean changed) {

  /** The unit and the one field that names the input: a rating, a rater group or a finding id. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Input(String unitCode, PoliticalRating rating, String raterGroup, String findingId) {

    static Input rating(String unitCode, PoliticalRating rating) {
      return new Input(unitCode, rating, null, null);
    }

    static Input evaluation(String unitCode, String raterGroup) {
      return new Input(unitCode, null, raterGroup, null);
    }

    static Input finding(String unitCode, String findingId) {
      return new Input(unitCode, null, null, findingId);
    }
  }
}
