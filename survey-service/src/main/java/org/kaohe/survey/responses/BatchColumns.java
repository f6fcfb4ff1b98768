package org.kaohe.survey.responses;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * What each batch adds to the results, in columns: for every response the batch stored (or took
 * over from a batch that was never recorded), its unit, id, whether it counts, its answers and its
 * demographics — the respondent never. Written with the responses, before the batch is recorded,
 * and read by every results computation: a close reads about one document per thousand responses
 * instead of one per response. The responses themselves stay the record of who answered
 * (duplicates, retries, erasure, progress).
 *
 * <p>A document packs its rows so that MongoDB handles a few values per thousand responses rather
 * than ten per response: the units it lists (what the index on campaign and units finds a unit's
 * documents by) with each row's unit as an index into them, the response ids as one text (they
 * never hold a line break), whether each counts as one binary value, each item's answers as one,
 * and each dimension's categories with each row's as an index into them. Documents of the earlier
 * layout, a list of values per column, are still read.
 *
 * <p>A response can be listed by two batches when a second batch took it over while the first was
 * still being recorded; both list the same stored document, and a sample keeps it once.
 */
final class BatchColumns {
  /** Rows per document, far below MongoDB's 16 MB for any questionnaire the campaigns allow. */
  static final int ROWS_PER_DOCUMENT = 5_000;

  // Named as the responses' fields.
  private static final String CAMPAIGN = ResponseStore.CAMPAIGN;
  private static final String BATCH = ResponseStore.BATCH;
  private static final String UNITS = ResponseStore.UNIT;
  private static final String RESPONSES = ResponseStore.RESPONSE;
  private static final String COUNTS = ResponseStore.COUNTS;
  private static final String ANSWERS = ResponseStore.ANSWERS;
  private static final String DEMOGRAPHICS = ResponseStore.DEMOGRAPHICS;

  /** How many rows a packed document holds; a document of lists has no such field. */
  private static final String ROWS = "n";

  /** Each row's unit, an index into the document's units. */
  private static final String ROW_UNITS = "ui";

  /** A dimension's categories, and each row's category as an index into them (or none). */
  private static final String CATEGORIES = "v";

  private static final String CODES = "i";
  private static final short NO_CATEGORY = -1;

  /** An answer is a flag (answered or not) and the answer: five bytes a row. */
  private static final int ANSWER_BYTES = 5;

  private static final char LINE_BREAK = '\n';

  private final MongoCollection<Document> columns;

  BatchColumns(MongoCollection<Document> columns) {
    this.columns = columns;
  }

  /** Writes the rows (stored responses) of one batch. */
  void write(String campaignId, String batchId, List<StoredResponse> rows) {
    List<Document> documents = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_DOCUMENT) {
      List<StoredResponse> part =
          rows.subList(from, Math.min(rows.size(), from + ROWS_PER_DOCUMENT));
      documents.add(
          packed(campaignId + "|" + batchId + "|" + documents.size(), part)
              .append(CAMPAIGN, campaignId)
              .append(BATCH, batchId));
    }
    if (!documents.isEmpty()) {
      columns.insertMany(documents);
    }
  }

  private static Document packed(String id, List<StoredResponse> rows) {
    Set<String> unitSet = new HashSet<>();
    Set<String> itemSet = new HashSet<>();
    Map<String, Set<String>> categorySets = new HashMap<>();
    for (StoredResponse row : rows) {
      unitSet.add(row.unitCode());
      itemSet.addAll(row.answers().keySet());
      row.demographics()
          .forEach(
              (dimension, category) ->
                  categorySets.computeIfAbsent(dimension, d -> new HashSet<>()).add(category));
    }
    List<String> units = sorted(unitSet);
    Map<String, Short> unitIndex = indexes(units);
    List<String> items = sorted(itemSet);
    List<String> dimensions = sorted(categorySets.keySet());
    List<List<String>> categories = new ArrayList<>(dimensions.size());
    List<Map<String, Short>> categoryIndexes = new ArrayList<>(dimensions.size());
    for (String dimension : dimensions) {
      categories.add(sorted(categorySets.get(dimension)));
      categoryIndexes.add(indexes(categories.get(categories.size() - 1)));
    }
    ByteBuffer rowUnits = ByteBuffer.allocate(Short.BYTES * rows.size());
    StringBuilder responses = new StringBuilder(rows.size() * 40);
    byte[] counts = new byte[rows.size()];
    ByteBuffer[] answerColumns = new ByteBuffer[items.size()];
    for (int item = 0; item < items.size(); item++) {
      answerColumns[item] = ByteBuffer.allocate(ANSWER_BYTES * rows.size());
    }
    ByteBuffer[] categoryColumns = new ByteBuffer[dimensions.size()];
    for (int dimension = 0; dimension < dimensions.size(); dimension++) {
      categoryColumns[dimension] = ByteBuffer.allocate(Short.BYTES * rows.size());
    }
    for (int row = 0; row < rows.size(); row++) {
      StoredResponse response = rows.get(row);
      rowUnits.putShort(unitIndex.get(response.unitCode()));
      if (row > 0) {
        responses.append(LINE_BREAK);
      }
      responses.append(response.responseId());
      counts[row] = (byte) (response.counts() ? 1 : 0);
      Map<String, Integer> answers = response.answers();
      for (int item = 0; item < items.size(); item++) {
        Integer answer = answers.get(items.get(item));
        answerColumns[item]
            .put((byte) (answer == null ? 0 : 1))
            .putInt(answer == null ? 0 : answer);
      }
      Map<String, String> demographics = response.demographics();
      for (int dimension = 0; dimension < dimensions.size(); dimension++) {
        String category = demographics.get(dimensions.get(dimension));
        categoryColumns[dimension].putShort(
            category == null ? NO_CATEGORY : categoryIndexes.get(dimension).get(category));
      }
    }
    Document answers = new Document();
    for (int item = 0; item < items.size(); item++) {
      answers.append(items.get(item), new Binary(answerColumns[item].array()));
    }
    Document demographics = new Document();
    for (int dimension = 0; dimension < dimensions.size(); dimension++) {
      demographics.append(
          dimensions.get(dimension),
          new Document(CATEGORIES, categories.get(dimension))
              .append(CODES, new Binary(categoryColumns[dimension].array())));
    }
    return new Document("_id", id)
        .append(ROWS, rows.size())
        .append(UNITS, units)
        .append(ROW_UNITS, new Binary(rowUnits.array()))
        .append(RESPONSES, responses.toString())
        .append(COUNTS, new Binary(counts))
        .append(ANSWERS, answers)
        .append(DEMOGRAPHICS, demographics);
  }

  private static List<String> sorted(Set<String> values) {
    List<String> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted;
  }

  /** Each value's position in the list; at most {@link #ROWS_PER_DOCUMENT} values. */
  private static Map<String, Short> indexes(List<String> values) {
    Map<String, Short> indexes = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      indexes.put(values.get(i), (short) i);
    }
    return indexes;
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
      if (document.containsKey(ROWS)) {
        readPacked(document, unitCode, answers, demographics, action);
      } else {
        readLists(document, unitCode, answers, demographics, action);
      }
    }
  }

  /** A dimension's column of a packed document. */
  private record Dimension(List<String> categories, ByteBuffer codes) {}

  private static void readPacked(
      Document document,
      String unitCode,
      Map<String, Integer> answers,
      Map<String, String> demographics,
      ResponseStore.ResultInput action) {
    List<String> units = document.getList(UNITS, String.class);
    int only = unitCode == null ? -1 : units.indexOf(unitCode);
    if (unitCode != null && only < 0) {
      return;
    }
    String batchId = document.getString(BATCH);
    int rows = document.getInteger(ROWS);
    ByteBuffer rowUnits = binary(document, ROW_UNITS);
    String[] responses = document.getString(RESPONSES).split(String.valueOf(LINE_BREAK), -1);
    ByteBuffer counts = binary(document, COUNTS);
    Map<String, ByteBuffer> answerColumns = new HashMap<>();
    Document answerDocument = document.get(ANSWERS, Document.class);
    for (String item : answerDocument.keySet()) {
      answerColumns.put(item, binary(answerDocument, item));
    }
    Map<String, Dimension> dimensions = new HashMap<>();
    document
        .get(DEMOGRAPHICS, Document.class)
        .forEach(
            (dimension, column) -> {
              Document packed = (Document) column;
              dimensions.put(
                  dimension,
                  new Dimension(packed.getList(CATEGORIES, String.class), binary(packed, CODES)));
            });
    for (int row = 0; row < rows; row++) {
      int unit = rowUnits.getShort(row * Short.BYTES);
      if (only >= 0 && unit != only) {
        continue;
      }
      answers.clear();
      for (Map.Entry<String, ByteBuffer> item : answerColumns.entrySet()) {
        ByteBuffer column = item.getValue();
        if (column.get(row * ANSWER_BYTES) != 0) {
          answers.put(item.getKey(), column.getInt(row * ANSWER_BYTES + 1));
        }
      }
      demographics.clear();
      for (Map.Entry<String, Dimension> dimension : dimensions.entrySet()) {
        short category = dimension.getValue().codes().getShort(row * Short.BYTES);
        if (category != NO_CATEGORY) {
          demographics.put(dimension.getKey(), dimension.getValue().categories().get(category));
        }
      }
      action.accept(
          units.get(unit), responses[row], batchId, counts.get(row) != 0, answers, demographics);
    }
  }

  private static ByteBuffer binary(Document document, String field) {
    return ByteBuffer.wrap(document.get(field, Binary.class).getData());
  }

  /** A document of the earlier layout: a list of values per column, one value per row. */
  private static void readLists(
      Document document,
      String unitCode,
      Map<String, Integer> answers,
      Map<String, String> demographics,
      ResponseStore.ResultInput action) {
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

  private static <T> Map<String, List<T>> lists(Document document, String field, Class<T> type) {
    Document columns = document.get(field, Document.class);
    Map<String, List<T>> lists = new HashMap<>();
    for (String key : columns.keySet()) {
      lists.put(key, columns.getList(key, type));
    }
    return lists;
  }
}
