package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/**
 * A respondent asked to be forgotten: the link from their response to their key was removed. The
 * answers stay, unlinked, so published results do not change.
 */
@Revision("1")
public record RespondentErasedEvent(
    CampaignId campaignId,
    String unitCode,
    String responseId,
    String reason,
    String by,
    AgencyCode agency,
    Instant at)
    implements CampaignEvent {}
