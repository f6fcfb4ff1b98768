package org.kaohe.results.unitresult;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.UnitCode;
import reactor.core.publisher.Mono;

/**
 * Unit rounds as the results service sees them. Applying an event is idempotent: the update only
 * matches while the stored sequence is below the event's, so a redelivered event matches nothing,
 * its upsert collides with the existing document, and nothing changes.
 */
public class UnitRoundRepository {
  private final MongoCollection<Document> rounds;

  public UnitRoundRepository(MongoDatabase database) {
    this.rounds = database.getCollection("unitrounds");
  }

  /** Emits true when the event changed the read model, false when it had been applied before. */
  public Mono<Boolean> apply(ScoreRecordedEvent event, long sequence) {
    return Mono.from(
            rounds.updateOne(
                Filters.and(
                    Filters.eq("_id", event.roundId().value()), Filters.lt("sequence", sequence)),
                Updates.combine(
                    Updates.set("unitCode", event.unitCode().value()),
                    Updates.set("year", event.year()),
                    Updates.set(
                        "scores." + event.indicatorCode().value(), event.value().toPlainString()),
                    Updates.set("sequence", sequence)),
                new UpdateOptions().upsert(true)))
        .thenReturn(true)
        .onErrorResume(UnitRoundRepository::isDuplicateKey, alreadyApplied -> Mono.just(false));
  }

  public Mono<UnitRoundState> find(String roundId) {
    return Mono.from(rounds.find(Filters.eq("_id", roundId)).first())
        .map(UnitRoundRepository::toState);
  }

  private static UnitRoundState toState(Document document) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Document stored = document.get("scores", Document.class);
    if (stored != null) {
      stored.forEach((indicator, value) -> scores.put(indicator, new BigDecimal((String) value)));
    }
    return new UnitRoundState(
        document.getString("_id"),
        new UnitCode(document.getString("unitCode")),
        document.getInteger("year"),
        scores,
        document.get("sequence", Number.class).longValue());
  }

  static boolean isDuplicateKey(Throwable error) {
    return error instanceof MongoWriteException write
        && ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
  }
}
