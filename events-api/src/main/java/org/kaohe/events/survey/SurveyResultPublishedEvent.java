package org.kaohe.events.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SortedMap;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.ids.UnitCode;

/**
 * A unit's public-opinion survey result in a campaign, computed from the campaign's stored
 * responses as they stood at the campaign event {@code computedFromEventId} (its close, or a later
 * correction). Scores are on a 0–100 scale; {@code marginOfError} is the half-width of the 95%
 * confidence interval of the weighted score. A unit whose result cannot be computed (no
 * respondents, or weighting targets that its respondents cannot meet) has status {@code
 * NOT_COMPUTABLE}, the reason, and no scores. The same responses and campaign events always give
 * the same event.
 *
 * @param dimensions the weighted score of each questionnaire dimension (gain, happiness, security,
 *     satisfaction, ...), by dimension name
 * @param correctionReason why the result was published again; absent for the first publication
 */
@Revision("1")
public record SurveyResultPublishedEvent(
    UnitCode unitCode,
    int year,
    CampaignId campaignId,
    Status status,
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
    Instant publishedAt)
    implements UnitEvent {

  /** Whether the unit's result could be computed. */
  public enum Status {
    COMPUTED,
    NOT_COMPUTABLE
  }
}
