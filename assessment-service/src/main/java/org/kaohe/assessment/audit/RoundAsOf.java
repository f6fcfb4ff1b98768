package org.kaohe.assessment.audit;

import java.util.SortedMap;

/**
 * A round as it stood at a past point, its inputs keyed as the current round's view keys them.
 *
 * @param lastSequence the sequence of the last change included
 * @param scores by score key: indicator code, {@code @cadre} and {@code /period} where they apply
 * @param ratings by subject: {@code UNIT} or the cadre's code
 * @param evaluations by subject and rater group, e.g. {@code UNIT:CADRES}
 * @param findings by reporting agency and finding id, e.g. {@code PROV-AUDIT:AUDIT-2026-0147}
 * @param reopened the latest reopening, or null
 */
public record RoundAsOf(
    String roundId,
    AsOf asOf,
    long lastSequence,
    SortedMap<String, ScoreAsOf> scores,
    SortedMap<String, InputAsOf<RatingChange>> ratings,
    SortedMap<String, InputAsOf<EvaluationChange>> evaluations,
    SortedMap<String, InputAsOf<FindingChange>> findings,
    InputAsOf<ReopeningChange> reopened) {}
