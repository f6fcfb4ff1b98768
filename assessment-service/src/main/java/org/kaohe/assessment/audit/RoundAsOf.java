package org.kaohe.assessment.audit;

import java.util.SortedMap;

/**
 * A round as it stood at a past point.
 *
 * @param lastSequence the sequence of the last change included
 * @param scores by indicator code
 */
public record RoundAsOf(
    String roundId, AsOf asOf, long lastSequence, SortedMap<String, ScoreAsOf> scores) {}
