package org.kaohe.survey.weighting;

/**
 * A questionnaire dimension's score for a unit, over the respondents who answered at least one of
 * its items, weighted with the unit's raked weights.
 *
 * @param respondents the respondents who answered the dimension
 * @param marginOfError the 95% margin of the weighted score, estimated as for the unit's score with
 *     the dimension as a domain: respondents who did not answer it contribute zero
 */
public record DimensionEstimate(
    int respondents, double weightedScore, double unweightedScore, double marginOfError) {}
