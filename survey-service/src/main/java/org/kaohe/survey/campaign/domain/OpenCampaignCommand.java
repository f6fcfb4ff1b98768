package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Opens a drafted campaign for responses. */
public record OpenCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId, String by, AgencyCode agency, Instant at) {}
