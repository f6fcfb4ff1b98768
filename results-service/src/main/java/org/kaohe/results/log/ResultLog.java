package org.kaohe.results.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Every result ever published, in order. An entry is logged once under its id (the result and the
 * event that caused it), so a redelivered event adds nothing; the positions of an event's entries
 * come from one increment of a counter, read before it (the in-process MongoDB server can repeat
 * post-increment values under concurrency), so positions only grow, with a gap where a repeated
 * entry was turned away.
 */
public class ResultLog {
  private final MongoCollection<Document> entries;
  private final MongoCollection<Document> counters;

  public ResultLog(MongoDatabase database) {
    this.entries = database.getCollection("resultlog");
    this.counters = database.getCollection("counters");
  }

  /** A result to log: {@link LoggedResult} before it has a position. */
  public record Entry(
      String entryId,
      String kind,
      String code,
      String unitCode,
      int year,
      Instant computedAt,
      Object result) {}

  /**
   * Logs the entries in order, in one write, with positions taken in one step: the ones logged
   * before (a redelivered event) are turned away and left out of what is returned.
   *
   * @return the entries logged now, in order
   */
  public List<LoggedResult> append(List<Entry> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    long first = reservePositions(batch.size());
    List<LoggedResult> logged = new ArrayList<>(batch.size());
    List<Document> documents = new ArrayList<>(batch.size());
    for (Entry entry : batch) {
      LoggedResult result =
          new LoggedResult(
              first + logged.size(),
              entry.entryId(),
              entry.kind(),
              entry.code(),
              entry.unitCode(),
              entry.year(),
              entry.computedAt(),
              entry.result());
      logged.add(result);
      documents.add(toDocument(result));
    }
    try {
      entries.insertMany(documents, new InsertManyOptions().ordered(false));
      return logged;
    } catch (MongoBulkWriteException e) {
      Set<Integer> turnedAway = new HashSet<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        turnedAway.add(error.getIndex());
      }
      List<LoggedResult> now = new ArrayList<>();
      for (int i = 0; i < logged.size(); i++) {
        if (!turnedAway.contains(i)) {
          now.add(logged.get(i));
        }
      }
      return now;
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

  /** The first of {@code count} positions no other append has or will have. */
  private long reservePositions(int count) {
    Document before =
        counters.findOneAndUpdate(
            Filters.eq("_id", "resultPosition"),
            Updates.inc("value", (long) count),
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
