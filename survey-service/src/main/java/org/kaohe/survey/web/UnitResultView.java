package org.kaohe.survey.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.survey.results.SurveyResultCalculator;
import org.kaohe.survey.weighting.UnitResult;

/**
 * A unit's survey result as the API shows it: the published event's figures, or (for administrators
 * and auditors before publication) the figures as the campaign stands now, with {@code published:
 * false}. {@code status} is {@code COMPUTED} or {@code NOT_COMPUTABLE} with the {@code reason}.
 */
record UnitResultView(
    String campaignId,
    String unitCode,
    int year,
    boolean published,
    String status,
    String reason,
    BigDecimal weightedScore,
    BigDecimal unweightedScore,
    int respondents,
    BigDecimal effectiveSampleSize,
    BigDecimal designEffect,
    BigDecimal marginOfError,
    int quota,
    boolean quotaMet,
    SortedMap<String, BigDecimal> dimensions,
    String computedFromEventId,
    String correctionReason,
    Instant publishedAt) {

  static UnitResultView published(SurveyResultPublishedEvent event) {
    return of(event, true);
  }

  static UnitResultView current(String campaignId, int year, UnitResult result) {
    return of(
        SurveyResultCalculator.event(new CampaignId(campaignId), year, result, null, null, null),
        false);
  }

  private static UnitResultView of(SurveyResultPublishedEvent event, boolean published) {
    return new UnitResultView(
        event.campaignId().value(),
        event.unitCode().value(),
        event.year(),
        published,
        event.status().name(),
        event.reason(),
        event.weightedScore(),
        event.unweightedScore(),
        event.respondents(),
        event.effectiveSampleSize(),
        event.designEffect(),
        event.marginOfError(),
        event.quota(),
        event.quotaMet(),
        new TreeMap<>(event.dimensions()),
        event.computedFromEventId(),
        event.correctionReason(),
        event.publishedAt());
  }
}
