package org.kaohe.results.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;

/**
 * Each unit's and cadre's current result, by subject key ({@code UNIT:620100:2026}), with its
 * result id and composite, so a recomputation can tell whether anything changed.
 */
public class CurrentResults {
  private final MongoCollection<Document> current;

  public CurrentResults(MongoCollection<Document> current) {
    this.current = current;
  }

  /** A subject's current result. */
  public record Current(
      String key,
      String kind,
      String peerGroup,
      int year,
      String resultId,
      BigDecimal composite,
      Object result) {}

  public Optional<Current> find(String key) {
    return Optional.ofNullable(current.find(Filters.eq("_id", key)).first())
        .map(CurrentResults::read);
  }

  /** Where a subject's current result stands, without the result itself. */
  public record Standing(
      String key, String kind, String peerGroup, int year, String resultId, BigDecimal composite) {}

  /**
   * Where the current results among these keys stand, in key order: what a recomputation compares
   * with, read without the results themselves. By primary key, which MongoDB answers from its
   * primary index on any server; a filter on {@code peerGroup} would need a secondary index, which
   * the in-process server ignores (it scans every stored result).
   */
  public List<Standing> standings(Collection<String> keys) {
    return standings(Filters.in("_id", keys));
  }

  /** Where every current result of a year stands, in key order: what its checksum is made of. */
  public List<Standing> standings(int year) {
    return standings(Filters.eq("year", year));
  }

  private List<Standing> standings(Bson filter) {
    List<Standing> standings = new ArrayList<>();
    current
        .find(filter)
        .projection(Projections.exclude("data"))
        .sort(Sorts.ascending("_id"))
        .forEach(
            document -> {
              String composite = document.getString("composite");
              standings.add(
                  new Standing(
                      document.getString("_id"),
                      document.getString("kind"),
                      document.getString("peerGroup"),
                      document.getInteger("year"),
                      document.getString("resultId"),
                      composite == null ? null : new BigDecimal(composite)));
            });
    return standings;
  }

  /** Saves the results, each replacing the subject's current one, in one write. */
  public void saveAll(List<Current> results) {
    if (results.isEmpty()) {
      return;
    }
    List<ReplaceOneModel<Document>> writes = new ArrayList<>(results.size());
    for (Current result : results) {
      writes.add(
          new ReplaceOneModel<>(
              Filters.eq("_id", result.key()),
              document(result),
              new ReplaceOptions().upsert(true)));
    }
    current.bulkWrite(writes, new BulkWriteOptions().ordered(true));
  }

  private static Document document(Current result) {
    try {
      return new Document("_id", result.key())
          .append("kind", result.kind())
          .append("peerGroup", result.peerGroup())
          .append("year", result.year())
          .append("resultId", result.resultId())
          .append(
              "composite", result.composite() == null ? null : result.composite().toPlainString())
          .append("data", EventJson.mapper().writeValueAsString(result.result()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every current result of a year, in key order; of one kind and peer group when given. */
  public List<Current> year(int year, String kind, String peerGroup) {
    List<Current> results = new ArrayList<>();
    var filter = Filters.eq("year", year);
    if (kind != null) {
      filter = Filters.and(filter, Filters.eq("kind", kind));
    }
    if (peerGroup != null) {
      filter = Filters.and(filter, Filters.eq("peerGroup", peerGroup));
    }
    current.find(filter).sort(Sorts.ascending("_id")).forEach(d -> results.add(read(d)));
    return results;
  }

  private static Current read(Document document) {
    String kind = document.getString("kind");
    Class<?> type =
        "CADRE".equals(kind) ? CadreResultPublishedEvent.class : UnitResultPublishedEvent.class;
    try {
      String composite = document.getString("composite");
      return new Current(
          document.getString("_id"),
          kind,
          document.getString("peerGroup"),
          document.getInteger("year"),
          document.getString("resultId"),
          composite == null ? null : new BigDecimal(composite),
          EventJson.mapper().readValue(document.getString("data"), type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
