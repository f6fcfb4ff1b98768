package org.kaohe.events.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * The political quality of a unit's leadership group, or of one of its cadres when {@code
 * cadreCode} is set, was rated; {@code basis} says what the rating rests on (democratic appraisal,
 * positive/negative evaluation, individual talks). {@code previousRating} is the rating it
 * replaced, or null; {@code reason} says why a rating was changed.
 */
@Revision("1")
public record PoliticalQualityRatedEvent(
    RoundId roundId,
    UnitCode unitCode,
    int year,
    CadreCode cadreCode,
    PoliticalRating rating,
    String basis,
    PoliticalRating previousRating,
    String ratedBy,
    AgencyCode agency,
    Instant ratedAt,
    String reason)
    implements UnitEvent {}
