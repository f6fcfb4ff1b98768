package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.survey.SurveyResultPublishedEvent;

/**
 * Publishes every unit's result computed from one of the campaign's events (its close or a
 * correction).
 */
public record PublishSurveyResultsCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String computedFromEventId,
    List<SurveyResultPublishedEvent> results,
    String by,
    AgencyCode agency,
    Instant at) {}
