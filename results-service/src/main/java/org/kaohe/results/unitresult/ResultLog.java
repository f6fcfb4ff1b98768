package org.kaohe.results.unitresult;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.UnitResultComputedEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every result ever published, in order. A result is logged once under its id; the position comes
 * from a counter read before its increment (the in-process MongoDB server can repeat post-increment
 * values under concurrency), so positions only grow, with a gap where a repeated result was turned
 * away.
 */
public class ResultLog {
  private final MongoCollection<Document> results;
  private final MongoCollection<Document> counters;

  public ResultLog(MongoDatabase database) {
    this.results = database.getCollection("results");
    this.counters = database.getCollection("counters");
  }

  /** Logs the result and emits it with its position, or emits nothing if it was logged before. */
  public Mono<LoggedResult> append(String resultId, UnitResultComputedEvent result) {
    return nextPosition()
        .flatMap(
            position ->
                Mono.from(results.insertOne(toDocument(position, resultId, result)))
                    .thenReturn(new LoggedResult(position, resultId, result)))
        .onErrorResume(UnitRoundRepository::isDuplicateKey, loggedBefore -> Mono.empty());
  }

  public Flux<LoggedResult> after(long position) {
    return Flux.from(
            results.find(Filters.gt("position", position)).sort(Sorts.ascending("position")))
        .map(ResultLog::toLogged);
  }

  private Mono<Long> nextPosition() {
    return Mono.from(
            counters.findOneAndUpdate(
                Filters.eq("_id", "resultPosition"),
                Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)))
        .map(before -> before.get("value", Number.class).longValue() + 1)
        .defaultIfEmpty(1L);
  }

  private static Document toDocument(
      long position, String resultId, UnitResultComputedEvent result) {
    return new Document("_id", resultId)
        .append("position", position)
        .append("unitCode", result.unitCode().value())
        .append("data", new String(EventJson.write(result), StandardCharsets.UTF_8));
  }

  private static LoggedResult toLogged(Document document) {
    return new LoggedResult(
        document.get("position", Number.class).longValue(),
        document.getString("_id"),
        EventJson.read(
            document.getString("data").getBytes(StandardCharsets.UTF_8),
            UnitResultComputedEvent.class));
  }
}
