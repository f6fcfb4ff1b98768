package org.kaohe.survey.responses;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What each batch adds to the results, in columns: for every response the batch stored (or took
 * over from a batch that was never recorded), its unit, id, whether it counts, its answers and its
 * demographics — the respondent never. Written with the responses, before the batch is recorded,
 * and read by every results computation: a close reads about one document per thousand responses
 * instead of one per response. The responses themselves stay the record of who answered
 * (duplicates, retries, erasure, progress).
 *
 * <p>A response can be listed by two batches when a second batch took it over while the first was
 * still being recorded; both list the same stored document, and a sample keeps it once.
 */
final class BatchColumns {
  /** Rows per document, far below MongoDB's 16 MB for any questionnaire the campaigns allow. */
  static final int ROWS_PER_DOCUMENT = 5_000;

  // Named as the responses' fields, each column a list of them.
  private static final String CAMPAIGN = ResponseStore.CAMPAIGN;
  private static final String BATCH = ResponseStore.BATCH;
  private static final String UNITS = ResponseStore.UNIT;
  private static final String RESPONSES = ResponseStore.RESPONSE;
  private static final String COUNTS = ResponseStore.COUNTS;
  private static final String ANSWERS = ResponseStore.ANSWERS;
  private static final String DEMOGRAPHICS = ResponseStore.DEMOGRAPHICS;

  private final MongoCollection<Document> columns;

  BatchColumns(MongoCollection<Document> columns) {
    this.columns = columns;
  }

  /** Writes the rows (stored response documents) of one batch. */
  void write(String campaignId, String batchId, List<Document> rows) {
    List<Document> documents = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_DOCUMENT) {
      List<Document> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_DOCUMENT));
      documents.add(
          document(campaignId + "|" + batchId + "|" + documents.size(), part)
              .append(CAMPAIGN, campaignId)
              .append(BATCH, batchId));
    }
    if (!documents.isEmpty()) {
      columns.insertMany(documents);
    }
  }

  private static Document document(String id, List<Document> rows) {
    List<String> units = new ArrayList<>(rows.size());
    List<String> responses = new ArrayList<>(rows.size());
    List<Boolean> counts = new ArrayList<>(rows.size());
    TreeSet<String> items = new TreeSet<>();
    TreeSet<String> dimensions = new TreeSet<>();
    for (Document row : rows) {
      units.add(row.getString(ResponseStore.UNIT));
      responses.add(row.getString(ResponseStore.RESPONSE));
      counts.add(row.getBoolean(ResponseStore.COUNTS, false));
      items.addAll(row.get(ResponseStore.ANSWERS, Document.class).keySet());
      dimensions.addAll(row.get(ResponseStore.DEMOGRAPHICS, Document.class).keySet());
    }
    return new Document("_id", id)
        .append(UNITS, units)
        .append(RESPONSES, responses)
        .append(COUNTS, counts)
        .append(ANSWERS, column(rows, ResponseStore.ANSWERS, items))
        .append(DEMOGRAPHICS, column(rows, ResponseStore.DEMOGRAPHICS, dimensions));
  }

  /** One list per key, a value (or null) per row. */
  private static Document column(List<Document> rows, String field, TreeSet<String> keys) {
    Map<String, Object> lists = new TreeMap<>();
    for (String key : keys) {
      List<Object> values = new ArrayList<>(rows.size());
      for (Document row : rows) {
        values.add(row.get(field, Document.class).get(key));
      }
      lists.put(key, values);
    }
    return new Document(lists);
  }

  /**
   * Hands every row of the campaign (of one unit, when {@code unitCode} is not null) to the action,
   * in no particular order. The maps handed over are reused from row to row: an action keeps what
   * it needs of them, never the maps.
   */
  void read(String campaignId, String unitCode, ResponseStore.ResultInput action) {
    Map<String, Integer> answers = new HashMap<>();
    Map<String, String> demographics = new HashMap<>();
    // A unit's rows are in the documents whose list of units names it: a multikey index on the
    // campaign and the units finds them without reading the campaign's other batches.
    Bson filter =
        unitCode == null
            ? Filters.eq(CAMPAIGN, campaignId)
            : Filters.and(Filters.eq(CAMPAIGN, campaignId), Filters.eq(UNITS, unitCode));
    for (Document document : columns.find(filter).batchSize(ROWS_PER_DOCUMENT / 100)) {
      String batchId = document.getString(BATCH);
      List<String> units = document.getList(UNITS, String.class);
      List<String> responses = document.getList(RESPONSES, String.class);
      List<Boolean> counts = document.getList(COUNTS, Boolean.class);
      Map<String, List<Integer>> answerColumns = lists(document, ANSWERS, Integer.class);
      Map<String, List<String>> demographicColumns = lists(document, DEMOGRAPHICS, String.class);
      for (int row = 0; row < units.size(); row++) {
        if (unitCode != null && !unitCode.equals(units.get(row))) {
          continue;
        }
        answers.clear();
        for (Map.Entry<String, List<Integer>> item : answerColumns.entrySet()) {
          Integer value = item.getValue().get(row);
          if (value != null) {
            answers.put(item.getKey(), value);
          }
        }
        demographics.clear();
        for (Map.Entry<String, List<String>> dimension : demographicColumns.entrySet()) {
          String category = dimension.getValue().get(row);
          if (category != null) {
            demographics.put(dimension.getKey(), category);
          }
        }
        action.accept(
            units.get(row), responses.get(row), batchId, counts.get(row), answers, demographics);
      }
    }
  }

  private static <T> Map<String, List<T>> lists(Document document, String field, Class<T> type) {
    Document columns = document.get(field, Document.class);
    Map<String, List<T>> lists = new HashMap<>();
    for (String key : columns.keySet()) {
      lists.put(key, columns.getList(key, type));
    }
    return lists;
  }
}
