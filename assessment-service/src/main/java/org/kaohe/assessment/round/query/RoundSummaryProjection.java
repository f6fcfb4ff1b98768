package org.kaohe.assessment.round.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.assessment.round.domain.ScoreKey;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.CadreCode;

/**
 * Keeps each round's current inputs, one document per round: scores by {@link ScoreKey}, ratings
 * and democratic evaluations by subject, findings by id, and any reopening. Applying an event is
 * idempotent (it only matches while the stored sequence is lower), so a redelivered event changes
 * nothing; a replay starts from an empty collection.
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
    String key = new ScoreKey(event.indicatorCode(), event.cadreCode(), event.period()).text();
    Document score =
        new Document("indicatorCode", event.indicatorCode().value())
            .append("cadreCode", code(event.cadreCode()))
            .append("period", event.period())
            .append("value", event.value().toPlainString())
            .append("recordedBy", event.recordedBy())
            .append("agency", event.agency().value())
            .append("recordedAt", event.recordedAt().toString())
            .append("sequence", sequence);
    apply(
        event.roundId(), event.unitCode().value(), event.year(), sequence, "scores." + key, score);
  }

  @EventHandler
  void on(PoliticalQualityRatedEvent event, @SequenceNumber long sequence) {
    Document rating =
        new Document("cadreCode", code(event.cadreCode()))
            .append("rating", event.rating().name())
            .append("basis", event.basis())
            .append("ratedBy", event.ratedBy())
            .append("agency", event.agency().value())
            .append("ratedAt", event.ratedAt().toString())
            .append("sequence", sequence);
    apply(
        event.roundId(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "ratings." + Subjects.key(event.cadreCode()),
        rating);
  }

  @EventHandler
  void on(DemocraticEvaluationRecordedEvent event, @SequenceNumber long sequence) {
    Document evaluation =
        new Document("cadreCode", code(event.cadreCode()))
            .append("raterGroup", event.raterGroup())
            .append("ballots", event.ballots())
            .append("gradeCounts", new Document(new TreeMap<>(event.gradeCounts())))
            .append("negativeVotes", event.negativeVotes())
            .append("recordedBy", event.recordedBy())
            .append("agency", event.agency().value())
            .append("recordedAt", event.recordedAt().toString())
            .append("sequence", sequence);
    apply(
        event.roundId(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "evaluations." + Subjects.key(event.cadreCode()) + ":" + event.raterGroup(),
        evaluation);
  }

  @EventHandler
  void on(FindingRecordedEvent event, @SequenceNumber long sequence) {
    Document finding =
        new Document("cadreCode", code(event.cadreCode()))
            .append("source", event.source())
            .append("severity", event.severity())
            .append("summary", event.summary())
            .append(
                "deduction", event.deduction() == null ? null : event.deduction().toPlainString())
            .append("recordedBy", event.recordedBy())
            .append("agency", event.agency().value())
            .append("recordedAt", event.recordedAt().toString())
            .append("sequence", sequence);
    apply(
        event.roundId(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "findings." + event.findingId(),
        finding);
  }

  @EventHandler
  void on(RoundReopenedEvent event, @SequenceNumber long sequence) {
    Document reopening =
        new Document("until", event.until().toString())
            .append("reason", event.reason())
            .append("reopenedBy", event.reopenedBy())
            .append("reopenedAt", event.reopenedAt().toString());
    apply(event.roundId(), event.unitCode().value(), event.year(), sequence, "reopened", reopening);
  }

  private void apply(
      String roundId, String unitCode, int year, long sequence, String field, Document value) {
    List<Bson> updates = new ArrayList<>();
    updates.add(Updates.set("unitCode", unitCode));
    updates.add(Updates.set("year", year));
    updates.add(Updates.set(field, value));
    updates.add(Updates.set("lastSequence", sequence));
    try {
      summaries.updateOne(
          Filters.and(Filters.eq("_id", roundId), Filters.lt("lastSequence", sequence)),
          Updates.combine(updates),
          new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      // the round's document exists with this or a later sequence: the event is applied already
      if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  private static String code(CadreCode cadre) {
    return cadre == null ? null : cadre.value();
  }

  @ResetHandler
  void reset() {
    summaries.deleteMany(new Document());
  }
}
