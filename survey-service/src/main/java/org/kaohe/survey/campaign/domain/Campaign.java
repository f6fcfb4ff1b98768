package org.kaohe.survey.campaign.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.survey.SurveyResultPublishedEvent;

/**
 * A survey campaign. It takes response batches only while open; once closed, and after each
 * correction, every unit's result is computed from the campaign as it stood at that event and
 * published, once per event. Nothing is edited: corrections, erasures and the key's destruction are
 * events of their own.
 */
public class Campaign {
  @AggregateIdentifier private CampaignId campaignId;
  private CampaignDefinition definition;
  private CampaignStatus status;
  private Instant closedAt;

  /** Events (close, corrections) whose results are yet to be published, oldest first. */
  private final Set<String> unpublished = new LinkedHashSet<>();

  private final Set<String> published = new HashSet<>();
  private boolean keyDestroyed;

  protected Campaign() {}

  @CommandHandler
  public Campaign(DraftCampaignCommand command) {
    command.definition().requireValid(command.campaignId());
    apply(
        new CampaignDraftedEvent(
            command.campaignId(),
            command.definition(),
            command.by(),
            command.agency(),
            command.at()));
  }

  @CommandHandler
  public CampaignOpenedEvent handle(OpenCampaignCommand command) {
    require(CampaignStatus.DRAFT, "opened");
    CampaignOpenedEvent opened =
        new CampaignOpenedEvent(campaignId, command.by(), command.agency(), command.at());
    apply(opened);
    return opened;
  }

  @CommandHandler
  public CampaignClosedEvent handle(CloseCampaignCommand command) {
    require(CampaignStatus.OPEN, "closed");
    CampaignClosedEvent closed =
        new CampaignClosedEvent(campaignId, command.by(), command.agency(), command.at());
    apply(closed);
    return closed;
  }

  @CommandHandler
  public ResponseBatchRecordedEvent handle(RecordResponseBatchCommand command) {
    if (status != CampaignStatus.OPEN) {
      throw notOpen();
    }
    ResponseBatchRecordedEvent recorded =
        new ResponseBatchRecordedEvent(
            campaignId,
            command.batchId(),
            command.received(),
            command.stored(),
            command.alreadyStored(),
            command.refused(),
            command.duplicateRespondents(),
            command.partials(),
            command.acceptedDigest(),
            command.by(),
            command.agency(),
            command.at());
    apply(recorded);
    return recorded;
  }

  @CommandHandler
  public CampaignCorrectedEvent handle(CorrectCampaignCommand command) {
    if (status != CampaignStatus.CLOSED && status != CampaignStatus.RESULTS_PUBLISHED) {
      throw CampaignRefused.conflict(
          "campaign " + campaignId + " is " + status + "; only a closed campaign is corrected",
          status);
    }
    List<String> problems = new ArrayList<>();
    if (command.reason() == null || command.reason().isBlank()) {
      problems.add("reason: a correction needs its reason");
    }
    if (command.excludedResponseIds().isEmpty() && command.targets().isEmpty()) {
      problems.add("a correction excludes responses or replaces population shares, or both");
    }
    command
        .targets()
        .forEach(
            (unit, shares) -> {
              if (!definition.units().contains(unit)) {
                problems.add("targets: " + unit + " is not a unit of the campaign");
              }
              definition.checkTargets("targets." + unit, shares, problems);
            });
    if (!problems.isEmpty()) {
      throw CampaignRefused.invalid(
          "the correction of campaign " + campaignId + " has " + problems.size() + " problem(s)",
          problems);
    }
    CampaignCorrectedEvent corrected =
        new CampaignCorrectedEvent(
            campaignId,
            command.excludedResponseIds(),
            command.targets(),
            command.reason(),
            command.by(),
            command.agency(),
            command.at());
    apply(corrected);
    return corrected;
  }

  /**
   * Publishes the results computed from one of the campaign's events. Publishing the same event's
   * results again changes nothing, so a computation repeated after a crash is harmless.
   */
  @CommandHandler
  public boolean handle(PublishSurveyResultsCommand command) {
    if (published.contains(command.computedFromEventId())) {
      return false;
    }
    if (!unpublished.contains(command.computedFromEventId())) {
      throw CampaignRefused.conflict(
          "campaign "
              + campaignId
              + " has no close or correction "
              + command.computedFromEventId()
              + " awaiting its results",
          status);
    }
    for (SurveyResultPublishedEvent result : command.results()) {
      apply(result);
    }
    apply(
        new CampaignResultsPublishedEvent(
            campaignId,
            command.computedFromEventId(),
            command.results().size(),
            command.by(),
            command.agency(),
            command.at()));
    return true;
  }

  @CommandHandler
  public RespondentErasedEvent handle(EraseRespondentCommand command) {
    RespondentErasedEvent erased =
        new RespondentErasedEvent(
            campaignId,
            command.unitCode(),
            command.responseId(),
            command.reason(),
            command.by(),
            command.agency(),
            command.at());
    apply(erased);
    return erased;
  }

  @CommandHandler
  public CampaignKeyDestroyedEvent handle(DestroyCampaignKeyCommand command) {
    if (status != CampaignStatus.RESULTS_PUBLISHED || !unpublished.isEmpty()) {
      throw CampaignRefused.conflict(
          "campaign "
              + campaignId
              + " is "
              + status
              + "; its respondent key is destroyed only once every result is published",
          status);
    }
    if (keyDestroyed) {
      throw CampaignRefused.conflict(
          "the respondent key of campaign " + campaignId + " is destroyed already", status);
    }
    CampaignKeyDestroyedEvent destroyed =
        new CampaignKeyDestroyedEvent(
            campaignId, command.reason(), command.by(), command.agency(), command.at());
    apply(destroyed);
    return destroyed;
  }

  private void require(CampaignStatus expected, String step) {
    if (status != expected) {
      throw CampaignRefused.conflict(
          "campaign "
              + campaignId
              + " is "
              + status
              + "; only a campaign that is "
              + expected
              + " can be "
              + step,
          status);
    }
  }

  private CampaignRefused notOpen() {
    return CampaignRefused.notOpen(campaignId, status, closedAt);
  }

  @EventSourcingHandler
  void on(CampaignDraftedEvent event) {
    campaignId = event.campaignId();
    definition = event.definition();
    status = CampaignStatus.DRAFT;
  }

  @EventSourcingHandler
  void on(CampaignOpenedEvent event) {
    status = CampaignStatus.OPEN;
  }

  @EventSourcingHandler
  void on(CampaignClosedEvent event, EventMessage<?> message) {
    status = CampaignStatus.CLOSED;
    closedAt = event.at();
    unpublished.add(message.getIdentifier());
  }

  @EventSourcingHandler
  void on(CampaignCorrectedEvent event, EventMessage<?> message) {
    status = CampaignStatus.CLOSED;
    unpublished.add(message.getIdentifier());
  }

  @EventSourcingHandler
  void on(CampaignResultsPublishedEvent event) {
    unpublished.remove(event.computedFromEventId());
    published.add(event.computedFromEventId());
    if (unpublished.isEmpty()) {
      status = CampaignStatus.RESULTS_PUBLISHED;
    }
  }

  @EventSourcingHandler
  void on(CampaignKeyDestroyedEvent event) {
    keyDestroyed = true;
  }
}
