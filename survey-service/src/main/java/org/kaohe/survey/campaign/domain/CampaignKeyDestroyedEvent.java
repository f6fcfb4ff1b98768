package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/**
 * The campaign's respondent key was destroyed: no respondent's key can be linked to a response any
 * more.
 */
@Revision("1")
public record CampaignKeyDestroyedEvent(
    CampaignId campaignId, String reason, String by, AgencyCode agency, Instant at)
    implements CampaignEvent {}
