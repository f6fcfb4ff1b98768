package org.kaohe.survey.weighting;

import java.util.OptionalDouble;

/**
 * A unit without a weighted score, and why: no respondents, too few for a margin of error, a margin
 * that no weighting can meet, or raking that did not converge.
 *
 * @param unweightedScore the plain mean of respondents' scores, when there is any respondent
 */
public record UnitNotEstimated(
    String unitCode, int respondents, int quota, OptionalDouble unweightedScore, String reason)
    implements UnitResult {}
