/**
 * A surveyed unit's weighted result: respondents' weights raked (iterative proportional fitting) to
 * the unit's population margins with trimming, the weighted and unweighted scores, Kish's effective
 * sample size and design effect, the 95% margin of error of the weighted score, the default quota
 * that margin is planned on, and the peer-group and province-wide comparisons. The input is
 * columnar ({@link org.kaohe.survey.weighting.UnitSample}) and held in response-id order, so a
 * million responses compute in seconds and the same responses give bit-identical results in any
 * order. Pure Java without Spring, MongoDB or Kafka.
 */
package org.kaohe.survey.weighting;
