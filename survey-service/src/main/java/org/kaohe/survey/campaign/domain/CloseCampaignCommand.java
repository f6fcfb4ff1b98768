package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Closes an open campaign: its results are then computed and published. */
public record CloseCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId, String by, AgencyCode agency, Instant at) {}
