package org.kaohe.survey.responses;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
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

  /** Marks the response id of a document while it moves to its unlinked key. */
  static final String UNLINKING = "unlinking:";

  /**
   * The bytes set aside per response when a batch is encoded: a response of a few items and
   * dimensions takes about 350, and the buffer grows (a copy) only for longer ones.
   */
  private static final int ENCODED_SIZE_GUESS = 512;

  private final MongoCollection<Document> responses;
  private final MongoCollection<RawBsonDocument> encodedResponses;
  private final MongoCollection<Document> duplicates;
  private final BatchColumns columns;

  private ResponseStore(
      MongoCollection<Document> responses,
      MongoCollection<Document> duplicates,
      MongoCollection<Document> columns) {
    this.responses = responses;
    this.encodedResponses = responses.withDocumentClass(RawBsonDocument.class);
    this.duplicates = duplicates;
    this.columns = new BatchColumns(columns);
  }

  /**
   * The store in a database, with its indexes. A response id names one response in its campaign:
   * the unique index on campaign and response id refuses a second respondent under the same id.
   * Responses are found by campaign (progress) and by campaign and unit; the in-process MongoDB
   * server of the local stack and the tests scans for these instead of using the secondary indexes,
   * but it does keep unique ones.
   */
  public static ResponseStore in(MongoDatabase database) {
    MongoCollection<Document> responses = database.getCollection("responses");
    responses.createIndex(Indexes.ascending(CAMPAIGN, UNIT));
    responses.createIndex(Indexes.ascending(CAMPAIGN, RESPONSE), new IndexOptions().unique(true));
    MongoCollection<Document> duplicates = database.getCollection("duplicaterespondents");
    duplicates.createIndex(Indexes.ascending(CAMPAIGN));
    MongoCollection<Document> columns = database.getCollection("batchcolumns");
    columns.createIndex(Indexes.ascending(CAMPAIGN, UNIT));
    return new ResponseStore(responses, duplicates, columns);
  }

  /**
   * Stores the batch's responses in one unordered bulk insert, then what the batch adds to the
   * results ({@link BatchColumns}), and says what became of each response.
   *
   * @param recorded whether a batch id belongs to a batch recorded in the campaign's events
   */
  public List<StoreOutcome> store(
      String batchId, List<StoredResponse> batch, Predicate<String> recorded) {
    List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
    batch.forEach(response -> outcomes.add(StoreOutcome.STORED));
    if (batch.isEmpty()) {
      return outcomes;
    }
    List<StoredResponse> takenOver = new ArrayList<>();
    try {
      encodedResponses.insertMany(encoded(batchId, batch), new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      List<Integer> clashes = new ArrayList<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        clashes.add(error.getIndex());
      }
      takenOver = resolve(batchId, batch, clashes, outcomes, recorded);
    }
    List<StoredResponse> rows = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes.get(i) == StoreOutcome.STORED) {
        rows.add(batch.get(i));
      }
    }
    rows.addAll(takenOver);
    columns.write(batch.get(0).campaignId(), batchId, rows);
    return outcomes;
  }

  /**
   * The documents a batch's responses are stored as, encoded as BSON: written field by field into
   * one buffer for the whole batch, so that the insert sends their bytes as they are.
   */
  public static List<RawBsonDocument> encoded(String batchId, List<StoredResponse> batch) {
    BasicOutputBuffer buffer = new AsciiBsonBuffer(batch.size() * ENCODED_SIZE_GUESS);
    int[] starts = new int[batch.size() + 1];
    try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      for (int i = 0; i < batch.size(); i++) {
        starts[i] = buffer.getPosition();
        write(writer, batchId, batch.get(i));
      }
      starts[batch.size()] = buffer.getPosition();
    }
    byte[] bytes = buffer.getInternalBuffer();
    List<RawBsonDocument> documents = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      documents.add(new RawBsonDocument(bytes, starts[i], starts[i + 1] - starts[i]));
    }
    return documents;
  }

  private static void write(BsonWriter writer, String batchId, StoredResponse response) {
    writer.writeStartDocument();
    writer.writeString("_id", id(response));
    writer.writeString(CAMPAIGN, response.campaignId());
    writer.writeString(UNIT, response.unitCode());
    writer.writeString(RESPONSE, response.responseId());
    writer.writeString(BATCH, batchId);
    writer.writeString(CHANNEL, response.channel().name());
    writer.writeDateTime(COLLECTED, response.collectedAt().toEpochMilli());
    writer.writeStartDocument(DEMOGRAPHICS);
    response.demographics().forEach(writer::writeString);
    writer.writeEndDocument();
    writer.writeStartDocument(ANSWERS);
    response.answers().forEach(writer::writeInt32);
    writer.writeEndDocument();
    writer.writeBoolean(PARTIAL, response.partial());
    writer.writeBoolean(COUNTS, response.counts());
    writer.writeEndDocument();
  }

  /**
   * Sorts out the responses whose insert clashed: the same response stored before (by a retry, or
   * earlier in this batch), another response of the same respondent, or a response id another
   * respondent already has in the campaign.
   *
   * @return the stored responses this batch takes over from a batch that was never recorded
   */
  private List<StoredResponse> resolve(
      String batchId,
      List<StoredResponse> batch,
      List<Integer> clashes,
      List<StoreOutcome> outcomes,
      Predicate<String> recorded) {
    Map<Object, Document> byKey = new HashMap<>();
    responses
        .find(Filters.in("_id", clashes.stream().map(i -> id(batch.get(i))).toList()))
        .forEach(document -> byKey.put(document.get("_id"), document));
    Map<String, Document> byResponseId = new HashMap<>();
    responses
        .find(
            Filters.and(
                Filters.eq(CAMPAIGN, batch.get(0).campaignId()),
                Filters.in(
                    RESPONSE, clashes.stream().map(i -> batch.get(i).responseId()).toList())))
        .forEach(document -> byResponseId.put(document.getString(RESPONSE), document));
    List<StoredResponse> takenOver = new ArrayList<>();
    List<Document> refusals = new ArrayList<>();
    for (int index : clashes) {
      StoredResponse response = batch.get(index);
      Document sameKey = byKey.get(id(response));
      Document sameId = byResponseId.get(response.responseId());
      Document stored = sameKey != null ? sameKey : sameId;
      if (stored == null) {
        throw new IllegalStateException(
            "response " + response.responseId() + " clashed with a response that is gone");
      }
      if (sameKey != null && !response.responseId().equals(sameKey.getString(RESPONSE))) {
        outcomes.set(index, StoreOutcome.DUPLICATE_RESPONDENT);
        refusals.add(
            new Document("_id", response.campaignId() + "|" + response.responseId())
                .append(CAMPAIGN, response.campaignId())
                .append(UNIT, response.unitCode())
                .append(RESPONSE, response.responseId())
                .append(CHANNEL, response.channel().name()));
      } else if (sameKey == null && !sameId.get("_id").equals(erasedId(response))) {
        outcomes.set(index, StoreOutcome.RESPONSE_ID_TAKEN);
      } else {
        // The same response, linked or since unlinked from its respondent.
        outcomes.set(index, StoreOutcome.ALREADY_STORED);
        String storedBy = stored.getString(BATCH);
        if (!storedBy.equals(batchId) && !recorded.test(storedBy)) {
          responses.updateOne(Filters.eq("_id", stored.get("_id")), Updates.set(BATCH, batchId));
          takenOver.add(stored(stored));
        }
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
    return takenOver;
  }

  private static Object erasedId(StoredResponse response) {
    return id(response.campaignId(), response.unitCode(), ERASED + response.responseId());
  }

  /** What a result is computed from, of one stored response. */
  public interface ResultInput {
    /**
     * @param answers valid only during the call: the maps are reused from one response to the next
     * @param demographics valid only during the call, as the answers
     */
    void accept(
        String unitCode,
        String responseId,
        String batchId,
        boolean counts,
        Map<String, ? extends Number> answers,
        Map<String, String> demographics);
  }

  /**
   * Hands over what a result is computed from, of every response the campaign's batches stored
   * (some perhaps twice, see {@link BatchColumns}), with the batch that stored it, in no particular
   * order. Only the unit's when {@code unitCode} is not null.
   */
  public void forEachResultInput(String campaignId, String unitCode, ResultInput action) {
    columns.read(campaignId, unitCode, action);
  }

  /**
   * Removes the link between a respondent and their response: the document moves to a key made of
   * the response id, so the response still counts and nothing can be found from the respondent's
   * key any more. Only one document may hold a response id, so the original first gives its id up
   * (it is marked as being unlinked), the copy takes it, and the original is deleted last: a
   * failure at any step leaves the response stored, and the next try completes the move.
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
    if (responseId.startsWith(UNLINKING)) {
      responseId = responseId.substring(UNLINKING.length());
    }
    responses.updateOne(Filters.eq("_id", linked), Updates.set(RESPONSE, UNLINKING + responseId));
    Document unlinked = new Document(stored);
    unlinked.put("_id", id(campaignId, unitCode, ERASED + responseId));
    unlinked.put(RESPONSE, responseId);
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

  /** A stored document as the response it holds (its key linked or not). */
  private static StoredResponse stored(Document document) {
    String campaignId = document.getString(CAMPAIGN);
    String unitCode = document.getString(UNIT);
    SortedMap<String, String> demographics = new TreeMap<>();
    document
        .get(DEMOGRAPHICS, Document.class)
        .forEach((dimension, category) -> demographics.put(dimension, (String) category));
    SortedMap<String, Integer> answers = new TreeMap<>();
    document
        .get(ANSWERS, Document.class)
        .forEach((item, answer) -> answers.put(item, ((Number) answer).intValue()));
    return new StoredResponse(
        campaignId,
        unitCode,
        document.getString(RESPONSE),
        document.getString("_id").substring(id(campaignId, unitCode, "").length()),
        Channel.valueOf(document.getString(CHANNEL)),
        document.getDate(COLLECTED).toInstant(),
        demographics,
        answers,
        document.getBoolean(PARTIAL, false),
        document.getBoolean(COUNTS, false));
  }

  private static String id(StoredResponse response) {
    return id(response.campaignId(), response.unitCode(), response.respondentHash());
  }

  static String id(String campaignId, String unitCode, String respondentHash) {
    return campaignId + "|" + unitCode + "|" + respondentHash;
  }
}
