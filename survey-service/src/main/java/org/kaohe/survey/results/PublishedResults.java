package org.kaohe.survey.results;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.kaohe.events.EventJson;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.survey.campaign.query.CampaignViews;

/**
 * Each unit's latest published result of each campaign, for reading. Kept in the thread of the
 * command that published it, with the campaigns' view.
 */
@ProcessingGroup(CampaignViews.PROCESSING_GROUP)
public class PublishedResults {
  private final MongoCollection<Document> results;

  public PublishedResults(MongoCollection<Document> results) {
    this.results = results;
  }

  public Optional<SurveyResultPublishedEvent> find(String campaignId, String unitCode) {
    return Optional.ofNullable(results.find(Filters.eq("_id", id(campaignId, unitCode))).first())
        .map(
            document ->
                EventJson.read(
                    document.getString("result").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    SurveyResultPublishedEvent.class));
  }

  @EventHandler
  void on(SurveyResultPublishedEvent event) {
    String id = id(event.campaignId().value(), event.unitCode().value());
    results.replaceOne(
        Filters.eq("_id", id),
        new Document("_id", id)
            .append(
                "result",
                new String(EventJson.write(event), java.nio.charset.StandardCharsets.UTF_8)),
        new ReplaceOptions().upsert(true));
  }

  private static String id(String campaignId, String unitCode) {
    return campaignId + "|" + unitCode;
  }
}
