package org.kaohe.results.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Every result ever published, in order. An entry is logged once under its id (the result and the
 * event that caused it), so a redelivered event adds nothing; the position comes from a counter
 * read before its increment (the in-process MongoDB server can repeat post-increment values under
 * concurrency), so positions only grow, with a gap where a repeated entry was turned away.
 */
public class ResultLog {
  private final MongoCollection<Document> entries;
  private final MongoCollection<Document> counters;

  public ResultLog(MongoDatabase database) {
    this.entries = database.getCollection("resultlog");
    this.counters = database.getCollection("counters");
  }

  /** Logs the entry, or returns empty if it was logged before. */
  public Optional<LoggedResult> append(
      String entryId,
      String kind,
      String code,
      String unitCode,
      int year,
      Instant computedAt,
      Object result) {
    long position = nextPosition();
    LoggedResult logged =
        new LoggedResult(position, entryId, kind, code, unitCode, year, computedAt, result);
    try {
      entries.insertOne(toDocument(logged));
      return Optional.of(logged);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The entries after a position, in order, read off the event loop. */
  public Flux<LoggedResult> after(long position) {
    return Flux.defer(
            () ->
                Flux.fromIterable(
                    entries
                        .find(Filters.gt("position", position))
                        .sort(Sorts.ascending("position"))
                        .map(ResultLog::toLogged)))
        .subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * The subject's result as it stood at an instant: the last logged of those whose cause happened
   * at or before it. Causes on different partitions are applied in no order of time, so the one
   * logged last, not the one with the latest cause, holds every input applied by then.
   */
  public Optional<LoggedResult> asOf(String kind, String code, int year, Instant instant) {
    return Optional.ofNullable(
            entries
                .find(
                    Filters.and(
                        Filters.eq("kind", kind),
                        Filters.eq("code", code),
                        Filters.eq("year", year),
                        Filters.lte("computedAt", Date.from(instant))))
                .sort(Sorts.descending("position"))
                .first())
        .map(ResultLog::toLogged);
  }

  private long nextPosition() {
    Document before =
        counters.findOneAndUpdate(
            Filters.eq("_id", "resultPosition"),
            Updates.inc("value", 1L),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return before == null ? 1L : before.get("value", Number.class).longValue() + 1;
  }

  private static Document toDocument(LoggedResult logged) {
    try {
      return new Document("_id", logged.entryId())
          .append("position", logged.position())
          .append("kind", logged.kind())
          .append("code", logged.code())
          .append("unitCode", logged.unitCode())
          .append("year", logged.year())
          .append("computedAt", Date.from(logged.computedAt()))
          .append("data", EventJson.mapper().writeValueAsString(logged.result()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LoggedResult toLogged(Document document) {
    String kind = document.getString("kind");
    Class<?> type =
        "CADRE".equals(kind) ? CadreResultPublishedEvent.class : UnitResultPublishedEvent.class;
    try {
      return new LoggedResult(
          document.get("position", Number.class).longValue(),
          document.getString("_id"),
          kind,
          document.getString("code"),
          document.getString("unitCode"),
          document.getInteger("year"),
          document.getDate("computedAt").toInstant(),
          EventJson.mapper().readValue(document.getString("data"), type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
