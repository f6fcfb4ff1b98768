package org.kaohe.survey.responses;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.bson.Document;
import org.kaohe.survey.campaign.domain.Channel;

/**
 * Responses, one document per respondent of a unit: its {@code _id} is the campaign, the unit and
 * the respondent's keyed hash, so a respondent already counted for the unit is refused by the
 * primary key itself, and a retried batch finds its own responses (same response id) instead of
 * storing them twice. A batch is one unordered bulk insert.
 *
 * <p>Each document carries the id of the batch that stored it: a response counts only once its
 * batch is recorded as an event of the campaign. A response stored by a batch that was never
 * recorded (the service stopped in between) is taken over by the next try of that batch.
 */
public class ResponseStore {
  static final String CAMPAIGN = "c";
  static final String UNIT = "u";
  static final String RESPONSE = "r";
  static final String BATCH = "b";
  static final String CHANNEL = "ch";
  static final String COLLECTED = "t";
  static final String DEMOGRAPHICS = "d";
  static final String ANSWERS = "a";
  static final String PARTIAL = "p";
  static final String COUNTS = "k";

  /** Marks the key of a response whose respondent asked to be forgotten. */
  static final String ERASED = "erased:";

  private final MongoCollection<Document> responses;
  private final MongoCollection<Document> duplicates;

  public ResponseStore(MongoCollection<Document> responses, MongoCollection<Document> duplicates) {
    this.responses = responses;
    this.duplicates = duplicates;
  }

  /**
   * Stores the batch's responses in one unordered bulk insert and says what became of each.
   *
   * @param recorded whether a batch id belongs to a batch recorded in the campaign's events
   */
  public List<StoreOutcome> store(
      String batchId, List<StoredResponse> batch, Predicate<String> recorded) {
    List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
    List<Document> documents = new ArrayList<>(batch.size());
    for (StoredResponse response : batch) {
      outcomes.add(StoreOutcome.STORED);
      documents.add(document(batchId, response));
    }
    if (documents.isEmpty()) {
      return outcomes;
    }
    try {
      responses.insertMany(documents, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      List<Integer> clashes = new ArrayList<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        clashes.add(error.getIndex());
      }
      resolve(batchId, batch, documents, clashes, outcomes, recorded);
    }
    return outcomes;
  }

  private void resolve(
      String batchId,
      List<StoredResponse> batch,
      List<Document> documents,
      List<Integer> clashes,
      List<StoreOutcome> outcomes,
      Predicate<String> recorded) {
    Map<Object, Document> existing = new HashMap<>();
    responses
        .find(Filters.in("_id", clashes.stream().map(i -> documents.get(i).get("_id")).toList()))
        .projection(Projections.include(RESPONSE, BATCH))
        .forEach(document -> existing.put(document.get("_id"), document));
    List<Document> refusals = new ArrayList<>();
    for (int index : clashes) {
      StoredResponse response = batch.get(index);
      Document stored = existing.get(documents.get(index).get("_id"));
      if (stored != null && response.responseId().equals(stored.getString(RESPONSE))) {
        outcomes.set(index, StoreOutcome.ALREADY_STORED);
        if (!recorded.test(stored.getString(BATCH))) {
          responses.updateOne(Filters.eq("_id", stored.get("_id")), Updates.set(BATCH, batchId));
        }
      } else {
        outcomes.set(index, StoreOutcome.DUPLICATE_RESPONDENT);
        refusals.add(
            new Document("_id", response.campaignId() + "|" + response.responseId())
                .append(CAMPAIGN, response.campaignId())
                .append(UNIT, response.unitCode())
                .append(RESPONSE, response.responseId())
                .append(CHANNEL, response.channel().name()));
      }
    }
    if (!refusals.isEmpty()) {
      try {
        duplicates.insertMany(refusals, new InsertManyOptions().ordered(false));
      } catch (MongoBulkWriteException retried) {
        // The same refusal offered again by a retried batch is counted once.
        for (BulkWriteError error : retried.getWriteErrors()) {
          if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
            throw retried;
          }
        }
      }
    }
  }

  /** Reads every response of the campaign with the id of its batch, in no particular order. */
  public void forEach(String campaignId, BiConsumer<StoredResponse, String> action) {
    responses
        .find(Filters.eq(CAMPAIGN, campaignId))
        .batchSize(10_000)
        .forEach(document -> action.accept(response(document), document.getString(BATCH)));
  }

  /** What a result is computed from, of one stored response. */
  public interface ResultInput {
    void accept(
        String unitCode,
        String responseId,
        String batchId,
        boolean counts,
        Map<String, ? extends Number> answers,
        Map<String, String> demographics);
  }

  /**
   * Reads every response of the campaign, in no particular order, with only what a result is
   * computed from: read straight from the stored documents, without the respondent, channel and
   * collection time, for a close that reads a million of them.
   */
  public void forEachResultInput(String campaignId, ResultInput action) {
    responses
        .find(Filters.eq(CAMPAIGN, campaignId))
        .projection(Projections.include(UNIT, RESPONSE, BATCH, COUNTS, ANSWERS, DEMOGRAPHICS))
        .batchSize(10_000)
        .forEach(document -> accept(document, action));
  }

  @SuppressWarnings("unchecked") // the documents this store writes hold these types
  private static void accept(Document document, ResultInput action) {
    action.accept(
        document.getString(UNIT),
        document.getString(RESPONSE),
        document.getString(BATCH),
        document.getBoolean(COUNTS, false),
        (Map<String, ? extends Number>) (Map<String, ?>) document.get(ANSWERS, Document.class),
        (Map<String, String>) (Map<String, ?>) document.get(DEMOGRAPHICS, Document.class));
  }

  /** Reads the unit's responses with the id of their batch, in no particular order. */
  public void forEach(
      String campaignId, String unitCode, BiConsumer<StoredResponse, String> action) {
    responses
        .find(Filters.and(Filters.eq(CAMPAIGN, campaignId), Filters.eq(UNIT, unitCode)))
        .batchSize(10_000)
        .forEach(document -> action.accept(response(document), document.getString(BATCH)));
  }

  /**
   * Removes the link between a respondent and their response: the document moves to a key made of
   * the response id, so the answers still count and nothing can be found from the respondent's key
   * any more. The copy is written before the original is deleted, so a failure in between leaves a
   * duplicate that the next try removes, never a lost response.
   *
   * @return the response id, or empty if the campaign holds no response of that respondent
   */
  public Optional<String> unlink(String campaignId, String unitCode, String respondentHash) {
    Object linked = id(campaignId, unitCode, respondentHash);
    Document stored = responses.find(Filters.eq("_id", linked)).first();
    if (stored == null) {
      return Optional.empty();
    }
    String responseId = stored.getString(RESPONSE);
    Document unlinked = new Document(stored);
    unlinked.put("_id", id(campaignId, unitCode, ERASED + responseId));
    responses.replaceOne(
        Filters.eq("_id", unlinked.get("_id")), unlinked, new ReplaceOptions().upsert(true));
    responses.deleteOne(Filters.eq("_id", linked));
    return Optional.of(responseId);
  }

  /** Whether the campaign holds a response with this id. */
  public boolean holds(String campaignId, String responseId) {
    return responses
            .find(Filters.and(Filters.eq(CAMPAIGN, campaignId), Filters.eq(RESPONSE, responseId)))
            .projection(Projections.include("_id"))
            .first()
        != null;
  }

  /** Per unit: responses stored, by channel, partial, counting, and respondents refused. */
  public Map<String, UnitProgress> progress(String campaignId) {
    Map<String, UnitProgress> progress = new TreeMap<>();
    responses
        .find(Filters.eq(CAMPAIGN, campaignId))
        .projection(Projections.include(UNIT, CHANNEL, PARTIAL, COUNTS))
        .batchSize(10_000)
        .forEach(
            document ->
                progress
                    .computeIfAbsent(document.getString(UNIT), unit -> new UnitProgress())
                    .add(
                        document.getString(CHANNEL),
                        document.getBoolean(PARTIAL, false),
                        document.getBoolean(COUNTS, false)));
    duplicates
        .find(Filters.eq(CAMPAIGN, campaignId))
        .projection(Projections.include(UNIT))
        .forEach(
            document ->
                progress
                    .computeIfAbsent(document.getString(UNIT), unit -> new UnitProgress())
                    .refusedDuplicate());
    return progress;
  }

  private static StoredResponse response(Document document) {
    SortedMap<String, String> demographics = new TreeMap<>();
    document.get(DEMOGRAPHICS, Document.class).forEach((k, v) -> demographics.put(k, (String) v));
    SortedMap<String, Integer> answers = new TreeMap<>();
    document.get(ANSWERS, Document.class).forEach((k, v) -> answers.put(k, (Integer) v));
    String id = document.getString("_id");
    return new StoredResponse(
        document.getString(CAMPAIGN),
        document.getString(UNIT),
        document.getString(RESPONSE),
        id.substring(id.lastIndexOf('|') + 1),
        Channel.valueOf(document.getString(CHANNEL)),
        document.getDate(COLLECTED).toInstant(),
        demographics,
        answers,
        document.getBoolean(PARTIAL, false),
        document.getBoolean(COUNTS, false));
  }

  static Document document(String batchId, StoredResponse response) {
    return new Document(
            "_id", id(response.campaignId(), response.unitCode(), response.respondentHash()))
        .append(CAMPAIGN, response.campaignId())
        .append(UNIT, response.unitCode())
        .append(RESPONSE, response.responseId())
        .append(BATCH, batchId)
        .append(CHANNEL, response.channel().name())
        .append(COLLECTED, Date.from(response.collectedAt()))
        .append(DEMOGRAPHICS, new Document(response.demographics()))
        .append(ANSWERS, new Document(response.answers()))
        .append(PARTIAL, response.partial())
        .append(COUNTS, response.counts());
  }

  static String id(String campaignId, String unitCode, String respondentHash) {
    return campaignId + "|" + unitCode + "|" + respondentHash;
  }
}
