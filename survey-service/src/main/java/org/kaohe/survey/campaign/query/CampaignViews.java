package org.kaohe.survey.campaign.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.kaohe.events.EventJson;
import org.kaohe.survey.campaign.domain.CampaignClosedEvent;
import org.kaohe.survey.campaign.domain.CampaignCorrectedEvent;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.CampaignDraftedEvent;
import org.kaohe.survey.campaign.domain.CampaignKeyDestroyedEvent;
import org.kaohe.survey.campaign.domain.CampaignOpenedEvent;
import org.kaohe.survey.campaign.domain.CampaignResultsPublishedEvent;
import org.kaohe.survey.campaign.domain.CampaignStatus;
import org.kaohe.survey.campaign.domain.ResponseBatchRecordedEvent;

/**
 * Keeps each campaign's status and definition, and the ids of its recorded batches. It runs in a
 * subscribing processor, in the thread of the command that changed the campaign, so the instance
 * that opened or closed a campaign sees it at once; a refused batch record (the campaign closed in
 * between) is the aggregate's decision, never this view's.
 */
@ProcessingGroup(CampaignViews.PROCESSING_GROUP)
public class CampaignViews {
  public static final String PROCESSING_GROUP = "campaign-views";
  private final MongoCollection<Document> campaigns;
  private final MongoCollection<Document> batches;

  public CampaignViews(MongoCollection<Document> campaigns, MongoCollection<Document> batches) {
    this.campaigns = campaigns;
    this.batches = batches;
  }

  public Optional<CampaignView> find(String campaignId) {
    return Optional.ofNullable(campaigns.find(Filters.eq("_id", campaignId)).first())
        .map(CampaignViews::view);
  }

  public List<CampaignView> all() {
    List<CampaignView> views = new ArrayList<>();
    campaigns.find().sort(Sorts.ascending("_id")).forEach(d -> views.add(view(d)));
    return views;
  }

  /** Whether the batch was recorded as an event of its campaign. */
  public boolean recorded(String batchId) {
    return batches.find(Filters.eq("_id", batchId)).first() != null;
  }

  @EventHandler
  void on(CampaignDraftedEvent event) {
    String definition;
    try {
      definition = EventJson.mapper().writeValueAsString(event.definition());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    campaigns.replaceOne(
        Filters.eq("_id", event.campaignId().value()),
        new Document("_id", event.campaignId().value())
            .append("status", CampaignStatus.DRAFT.name())
            .append("definition", definition)
            .append("keyDestroyed", false),
        new ReplaceOptions().upsert(true));
  }

  @EventHandler
  void on(CampaignOpenedEvent event) {
    status(event.campaignId().value(), CampaignStatus.OPEN);
  }

  @EventHandler
  void on(CampaignClosedEvent event) {
    campaigns.updateOne(
        Filters.eq("_id", event.campaignId().value()),
        Updates.combine(
            Updates.set("status", CampaignStatus.CLOSED.name()),
            Updates.set("closedAt", Date.from(event.at()))));
  }

  @EventHandler
  void on(CampaignCorrectedEvent event) {
    status(event.campaignId().value(), CampaignStatus.CLOSED);
  }

  @EventHandler
  void on(CampaignResultsPublishedEvent event) {
    status(event.campaignId().value(), CampaignStatus.RESULTS_PUBLISHED);
  }

  @EventHandler
  void on(CampaignKeyDestroyedEvent event) {
    campaigns.updateOne(
        Filters.eq("_id", event.campaignId().value()), Updates.set("keyDestroyed", true));
  }

  @EventHandler
  void on(ResponseBatchRecordedEvent event) {
    batches.replaceOne(
        Filters.eq("_id", event.batchId()),
        new Document("_id", event.batchId()).append("campaign", event.campaignId().value()),
        new ReplaceOptions().upsert(true));
  }

  private void status(String campaignId, CampaignStatus status) {
    campaigns.updateOne(Filters.eq("_id", campaignId), Updates.set("status", status.name()));
  }

  private static CampaignView view(Document document) {
    CampaignDefinition definition;
    try {
      definition =
          EventJson.mapper().readValue(document.getString("definition"), CampaignDefinition.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Date closedAt = document.getDate("closedAt");
    return new CampaignView(
        document.getString("_id"),
        CampaignStatus.valueOf(document.getString("status")),
        definition,
        closedAt == null ? null : closedAt.toInstant(),
        document.getBoolean("keyDestroyed", false));
  }
}
