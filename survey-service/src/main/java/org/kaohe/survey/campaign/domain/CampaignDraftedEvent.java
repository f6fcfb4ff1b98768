package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** A campaign was defined; it takes no response until it is opened. */
@Revision("1")
public record CampaignDraftedEvent(
    CampaignId campaignId, CampaignDefinition definition, String by, AgencyCode agency, Instant at)
    implements CampaignEvent {}
