package org.kaohe.assessment.round.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * The organization department rates the political quality of a unit or one of its cadres, on a
 * stated {@code basis}; changing a rating needs a {@code reason}.
 */
public record RatePoliticalQualityCommand(
    @TargetAggregateIdentifier RoundId roundId,
    UnitCode unitCode,
    int year,
    CadreCode cadreCode,
    PoliticalRating rating,
    String basis,
    String reason,
    Submitter submitter,
    SubmissionWindow window) {}
