package org.kaohe.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.survey.campaign.domain.CampaignAsOf;
import org.kaohe.survey.campaign.domain.CampaignClosedEvent;
import org.kaohe.survey.campaign.domain.CampaignCorrectedEvent;
import org.kaohe.survey.campaign.domain.CampaignEvent;
import org.kaohe.survey.campaign.domain.PublishSurveyResultsCommand;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.weighting.UnitResult;

/**
 * When a campaign closes, and after each correction, computes every unit's result from the campaign
 * as it stood at that event and publishes it through the campaign: at the close every unit, after a
 * correction the units whose result changed. Runs in a tracking processor, so a computation cut
 * short is repeated; the campaign publishes one event's results only once.
 */
@ProcessingGroup(SurveyResultsPublisher.PROCESSING_GROUP)
public class SurveyResultsPublisher {
  public static final String PROCESSING_GROUP = "survey-results";
  private final EventStore events;
  private final ResponseStore responses;
  private final CommandGateway commands;

  public SurveyResultsPublisher(
      EventStore events, ResponseStore responses, CommandGateway commands) {
    this.events = events;
    this.responses = responses;
    this.commands = commands;
  }

  @EventHandler
  void on(CampaignClosedEvent closed, EventMessage<?> message, ReplayStatus replay) {
    publish(closed, message, replay);
  }

  @EventHandler
  void on(CampaignCorrectedEvent corrected, EventMessage<?> message, ReplayStatus replay) {
    publish(corrected, message, replay);
  }

  private void publish(CampaignEvent trigger, EventMessage<?> message, ReplayStatus replay) {
    if (replay.isReplay()) {
      return; // published once, when the event was new; the campaign's events hold the results
    }
    String campaignId = trigger.campaignId().value();
    CampaignAsOf campaign = asOf(campaignId, message.getIdentifier());
    SurveyResultCalculator calculator = new SurveyResultCalculator(campaign);
    responses.forEachResultInput(campaignId, null, calculator::offer);
    List<SurveyResultPublishedEvent> changed = new ArrayList<>();
    for (UnitResult result : calculator.results()) {
      SurveyResultPublishedEvent event =
          SurveyResultCalculator.event(
              trigger.campaignId(),
              campaign.definition().year(),
              result,
              message.getIdentifier(),
              campaign.correctionReason(),
              trigger.at());
      if (campaign
          .lastPublished(result.unitCode())
          .map(last -> !sameResult(last, event))
          .orElse(true)) {
        changed.add(event);
      }
    }
    MetaData metaData =
        SubmissionMetaData.of(
            trigger.by(),
            trigger.agency() == null ? null : trigger.agency().value(),
            null,
            campaign.correctionReason());
    commands.sendAndWait(
        new PublishSurveyResultsCommand(
            trigger.campaignId(),
            message.getIdentifier(),
            changed,
            trigger.by(),
            trigger.agency(),
            trigger.at()),
        metaData);
  }

  /** The campaign folded from its first event up to and including the given one. */
  private CampaignAsOf asOf(String campaignId, String untilEventId) {
    CampaignAsOf campaign = new CampaignAsOf();
    var stream = events.readEvents(campaignId);
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      campaign.apply(event.getPayload());
      if (event.getIdentifier().equals(untilEventId)) {
        return campaign;
      }
    }
    throw new IllegalStateException(
        "campaign " + campaignId + " has no event " + untilEventId + " in its stream");
  }

  /** Whether two publications of a unit say the same, whatever event they were computed from. */
  static boolean sameResult(SurveyResultPublishedEvent a, SurveyResultPublishedEvent b) {
    return a.status() == b.status()
        && Objects.equals(a.reason(), b.reason())
        && Objects.equals(a.weightedScore(), b.weightedScore())
        && Objects.equals(a.unweightedScore(), b.unweightedScore())
        && a.respondents() == b.respondents()
        && Objects.equals(a.effectiveSampleSize(), b.effectiveSampleSize())
        && Objects.equals(a.marginOfError(), b.marginOfError())
        && a.quota() == b.quota()
        && a.quotaMet() == b.quotaMet()
        && a.dimensions().equals(b.dimensions());
  }
}
