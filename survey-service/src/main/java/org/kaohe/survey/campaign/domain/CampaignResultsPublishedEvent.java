package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/**
 * Every unit's result computed from the campaign event {@code computedFromEventId} (its close or a
 * correction) was published.
 */
@Revision("1")
public record CampaignResultsPublishedEvent(
    CampaignId campaignId,
    String computedFromEventId,
    int units,
    String by,
    AgencyCode agency,
    Instant at)
    implements CampaignEvent {}
