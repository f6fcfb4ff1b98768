package org.kaohe.survey.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Corrects a closed campaign: excludes responses and replaces units' population shares. */
public record CorrectCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    List<String> excludedResponseIds,
    SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> targets,
    String reason,
    String by,
    AgencyCode agency,
    Instant at) {}
