package org.kaohe.assessment.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.platform.eventstore.processing.BatchEnd;

/**
 * A read model of one document per aggregate, changed idempotently: an event's updates apply only
 * while the document holds an earlier event of the aggregate (by its sequence), so a redelivered
 * event changes nothing. The first event creates the document.
 *
 * <p>A processor's batch of events is written together when its last event is handled: one read of
 * the documents' sequences by {@code _id $in}, one ordered bulk write of every update that applies,
 * a document's updates merged into one where they only set fields. Read and written by {@code _id}
 * only: the embedded MongoDB server serves only {@code _id} from an index and scans the collection
 * for any other filter (measured: per-event updates filtered on the sequence were most of the
 * service's CPU under a batch load). The read and the write cannot interleave with another event of
 * the aggregate, because one processor thread applies a segment's events in order. Written before
 * the processor stores its token, so a failure repeats the batch.
 */
public final class SequencedDocuments {
  public static final String LAST_SEQUENCE = "lastSequence";
  private final MongoCollection<Document> collection;
  private final BatchEnd<Change> pending = new BatchEnd<>(this::write);

  public SequencedDocuments(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  /**
   * One event's change of a document: fields to set, or (when {@code sets} is null) any updates.
   */
  private record Change(String id, long sequence, Map<String, Object> sets, List<Bson> updates) {}

  /** Sets fields (dotted paths); a batch's sets of one document are written as one update. */
  public void set(String id, long sequence, Map<String, Object> fields) {
    pending.add(new Change(id, sequence, fields, null));
  }

  public void apply(String id, long sequence, List<Bson> updates) {
    pending.add(new Change(id, sequence, null, updates));
  }

  private void write(List<Change> changes) {
    Map<String, Long> stored = storedSequences(changes);
    Map<String, List<Change>> byDocument = new LinkedHashMap<>();
    for (Change change : changes) {
      Long last = stored.get(change.id());
      if (last == null || last < change.sequence()) {
        stored.put(change.id(), change.sequence());
        byDocument.computeIfAbsent(change.id(), id -> new ArrayList<>()).add(change);
      }
    }
    List<List<Change>> written = new ArrayList<>();
    List<WriteModel<Document>> writes = new ArrayList<>();
    byDocument.forEach(
        (id, ofDocument) -> {
          Bson merged = mergedSets(ofDocument);
          if (merged != null) {
            writes.add(upsert(id, merged));
            written.add(ofDocument);
          } else {
            for (Change change : ofDocument) {
              writes.add(upsert(id, Updates.combine(withSequence(change))));
              written.add(List.of(change));
            }
          }
        });
    if (writes.isEmpty()) {
      return;
    }
    try {
      collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
    } catch (MongoBulkWriteException e) {
      // An upsert collided with a document created meanwhile: the changes from that one on are
      // written again, each checked against the documents as they now are.
      if (e.getWriteErrors().size() != 1
          || ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode())
              != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      List<Change> rest = new ArrayList<>();
      written.subList(e.getWriteErrors().get(0).getIndex(), written.size()).forEach(rest::addAll);
      write(rest);
    }
  }

  /**
   * A document's changes as one {@code $set}, the later value of a field winning, when every change
   * only sets fields and none of them lies inside another; otherwise null.
   */
  private static Bson mergedSets(List<Change> changes) {
    Map<String, Object> sets = new LinkedHashMap<>();
    Set<String> enclosing = new HashSet<>();
    for (Change change : changes) {
      if (change.sets() == null) {
        return null;
      }
      for (Map.Entry<String, Object> field : change.sets().entrySet()) {
        if (!addPath(field.getKey(), sets.keySet(), enclosing)) {
          return null;
        }
        sets.put(field.getKey(), field.getValue());
      }
    }
    sets.put(LAST_SEQUENCE, changes.get(changes.size() - 1).sequence());
    return new Document("$set", new Document(sets));
  }

  /** Records a set path; false when it lies inside, or encloses, another one. */
  private static boolean addPath(String path, Set<String> paths, Set<String> enclosing) {
    if (enclosing.contains(path)) {
      return false;
    }
    for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
      String parent = path.substring(0, dot);
      if (paths.contains(parent)) {
        return false;
      }
      enclosing.add(parent);
    }
    return true;
  }

  private static List<Bson> withSequence(Change change) {
    List<Bson> all = new ArrayList<>();
    if (change.sets() != null) {
      change.sets().forEach((field, value) -> all.add(Updates.set(field, value)));
    } else {
      all.addAll(change.updates());
    }
    all.add(Updates.set(LAST_SEQUENCE, change.sequence()));
    return all;
  }

  private static UpdateOneModel<Document> upsert(String id, Bson update) {
    return new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
  }

  private Map<String, Long> storedSequences(List<Change> changes) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    changes.forEach(change -> ids.add(change.id()));
    Map<String, Long> stored = new HashMap<>();
    for (Document document :
        collection.find(Filters.in("_id", ids)).projection(Projections.include(LAST_SEQUENCE))) {
      stored.put(document.getString("_id"), document.get(LAST_SEQUENCE, Number.class).longValue());
    }
    return stored;
  }

  /** Empties the read model, for a replay from the start. */
  public void clear() {
    collection.deleteMany(new Document());
  }
}
