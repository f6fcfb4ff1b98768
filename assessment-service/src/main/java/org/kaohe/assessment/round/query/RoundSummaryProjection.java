package org.kaohe.assessment.round.query;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.kaohe.assessment.readmodel.SequencedDocuments;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.assessment.round.domain.ScoreKey;
import org.kaohe.assessment.round.domain.Subjects;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;

/**
 * Keeps each round's current inputs, one document per round: scores by {@link ScoreKey}, ratings
 * and democratic evaluations by subject, findings by reporting agency and id, and any reopening.
 * Applying an event is idempotent (it only matches while the stored sequence is lower), so a
 * redelivered event changes nothing; a replay starts from an empty collection.
 */
@ProcessingGroup(RoundSummaryProjection.PROCESSING_GROUP)
public class RoundSummaryProjection {
  public static final String PROCESSING_GROUP = "round-summaries";
  private final SequencedDocuments summaries;

  public RoundSummaryProjection(MongoCollection<Document> summaries) {
    this.summaries = new SequencedDocuments(summaries);
  }

  @EventHandler
  void on(ScoreRecordedEvent event, @SequenceNumber long sequence) {
    String key = new ScoreKey(event.indicatorCode(), event.cadreCode(), event.period()).text();
    Document score =
        new Document("indicatorCode", event.indicatorCode().value())
            .append("cadreCode", code(event.cadreCode()))
            .append("period", event.period())
            .append("value", event.value().toPlainString());
    source(score, event.recordedBy(), event.agency(), event.recordedAt(), sequence);
    apply(
        event.roundId().value(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "scores." + key,
        score);
  }

  @EventHandler
  void on(PoliticalQualityRatedEvent event, @SequenceNumber long sequence) {
    Document rating =
        new Document("cadreCode", code(event.cadreCode()))
            .append("rating", event.rating().name())
            .append("basis", event.basis());
    source(rating, event.ratedBy(), event.agency(), event.ratedAt(), sequence);
    apply(
        event.roundId().value(),
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
            .append("negativeVotes", event.negativeVotes());
    source(evaluation, event.recordedBy(), event.agency(), event.recordedAt(), sequence);
    apply(
        event.roundId().value(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "evaluations." + Subjects.evaluationKey(event.cadreCode(), event.raterGroup()),
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
                "deduction", event.deduction() == null ? null : event.deduction().toPlainString());
    source(finding, event.recordedBy(), event.agency(), event.recordedAt(), sequence);
    apply(
        event.roundId().value(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "findings." + Finding.key(event.agency().value(), event.findingId()),
        finding);
  }

  @EventHandler
  void on(RoundReopenedEvent event, @SequenceNumber long sequence) {
    Document reopening =
        new Document("until", event.until().toString())
            .append("reason", event.reason())
            .append("reopenedBy", event.reopenedBy())
            .append("reopenedAt", event.reopenedAt().toString());
    apply(
        event.roundId().value(),
        event.unitCode().value(),
        event.year(),
        sequence,
        "reopened",
        reopening);
  }

  private void apply(
      String roundId, String unitCode, int year, long sequence, String field, Document value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("unitCode", unitCode);
    fields.put("year", year);
    fields.put(field, value);
    summaries.set(roundId, sequence, fields);
  }

  /**
   * Who recorded an input, for which agency, when, and at which sequence of the round. A rating's
   * fields are named recordedBy/recordedAt like every other input's, so readers need one shape.
   */
  private static void source(
      Document input, String by, AgencyCode agency, Instant at, long sequence) {
    input
        .append("recordedBy", by)
        .append("agency", agency.value())
        .append("recordedAt", at.toString())
        .append("sequence", sequence);
  }

  private static String code(CadreCode cadre) {
    return cadre == null ? null : cadre.value();
  }

  @ResetHandler
  void reset() {
    summaries.clear();
  }
}
