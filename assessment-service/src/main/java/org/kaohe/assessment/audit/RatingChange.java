package org.kaohe.assessment.audit;

import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;

/**
 * The political quality of the unit or a cadre was rated, on a stated basis.
 *
 * @param previousRating the rating it replaced, or null for the first
 */
public record RatingChange(
    String cadreCode, PoliticalRating rating, PoliticalRating previousRating, String basis)
    implements RecordedInput {

  static RatingChange of(PoliticalQualityRatedEvent event) {
    return new RatingChange(
        event.cadreCode() == null ? null : event.cadreCode().value(),
        event.rating(),
        event.previousRating(),
        event.basis());
  }

  @Override
  public InputKind kind() {
    return InputKind.POLITICAL_RATING;
  }
}
