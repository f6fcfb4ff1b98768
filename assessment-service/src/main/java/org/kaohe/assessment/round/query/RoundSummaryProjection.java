package org.kaohe.assessment.round.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * Keeps each round's current scores, one document per round. Applying an event is idempotent (it
 * only matches while the stored sequence is lower), so a redelivered event changes nothing; a
 * replay starts from an empty collection.
 */
@ProcessingGroup(RoundSummaryProjection.PROCESSING_GROUP)
public class RoundSummaryProjection {
  public static final String PROCESSING_GROUP = "round-summaries";
  private final MongoCollection<Document> summaries;

  public RoundSummaryProjection(MongoCollection<Document> summaries) {
    this.summaries = summaries;
  }

  @EventHandler
  void on(ScoreRecordedEvent event, @SequenceNumber long sequence) {
    Document score =
        new Document("value", event.value().toPlainString())
            .append("recordedBy", event.recordedBy())
            .append("agency", event.agency().value())
            .append("recordedAt", event.recordedAt().toString())
            .append("sequence", sequence);
    try {
      summaries.updateOne(
          Filters.and(Filters.eq("_id", event.roundId()), Filters.lt("lastSequence", sequence)),
          Updates.combine(
              Updates.set("unitCode", event.unitCode().value()),
              Updates.set("year", event.year()),
              Updates.set("scores." + event.indicatorCode().value(), score),
              Updates.set("lastSequence", sequence)),
          new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  @ResetHandler
  void reset() {
    summaries.deleteMany(new Document());
  }
}
