package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.AGGREGATE_ID;
import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.kaohe.platform.eventstore.EventDocuments.HASH;
import static org.kaohe.platform.eventstore.EventDocuments.PREVIOUS_HASH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.kaohe.platform.eventstore.ChainHeads.Predecessor;

/**
 * One commit's event documents, serialized, given their global indices, hashed and encoded by the
 * appending thread ({@link #seal}; the chain hash covers the global index); and, once written, its
 * outcome.
 */
final class PreparedCommit {
  private final List<Document> documents;
  private final Map<String, Predecessor> predecessors;
  private final Thread owner = Thread.currentThread();
  private List<RawBsonDocument> encoded;
  private long firstIndex;
  private boolean stored;
  private RuntimeException failure;
  private int failedPosition;
  private boolean taken;
  private boolean done;

  /**
   * @param documents the events in commit order, without global index or hashes
   * @param predecessors per aggregate, the stored event before the commit's first
   */
  PreparedCommit(List<Document> documents, Map<String, Predecessor> predecessors) {
    this.documents = documents;
    this.predecessors = predecessors;
  }

  /**
   * The highest global index of the events this commit follows: its indices must be higher, so that
   * every aggregate's events stay in global order.
   */
  long follows() {
    return predecessors.values().stream().mapToLong(Predecessor::globalIndex).max().orElse(0);
  }

  /** The appending thread, waiting for this commit's outcome. */
  Thread owner() {
    return owner;
  }

  int size() {
    return documents.size();
  }

  List<Document> documents() {
    return documents;
  }

  long firstIndex() {
    return firstIndex;
  }

  long lastIndex() {
    return firstIndex + documents.size() - 1;
  }

  /**
   * Gives the documents the global indices from {@code first} on, chains their hashes and encodes
   * them for the insert.
   */
  void seal(long first, Codec<Document> codec) {
    this.firstIndex = first;
    Map<String, String> previous = new HashMap<>();
    predecessors.forEach((aggregate, predecessor) -> previous.put(aggregate, predecessor.hash()));
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      String aggregate = document.getString(AGGREGATE_ID);
      document.put(GLOBAL_INDEX, first + i);
      String hash = CanonicalEvent.hash(document, previous.get(aggregate));
      document.put(PREVIOUS_HASH, previous.get(aggregate));
      document.put(HASH, hash);
      previous.put(aggregate, hash);
    }
    encoded = documents.stream().map(document -> new RawBsonDocument(document, codec)).toList();
  }

  /** The sealed documents as they are inserted. */
  List<RawBsonDocument> encoded() {
    return encoded;
  }

  void stored() {
    stored = true;
  }

  boolean isStored() {
    return stored;
  }

  /** The commit stored none of its events; {@code position} is the event the failure is about. */
  void failed(RuntimeException failure, int position) {
    this.failure = failure;
    this.failedPosition = position;
  }

  /** Why the commit was not stored; null when it was, or when its outcome is unknown. */
  RuntimeException failure() {
    return failure;
  }

  int failedPosition() {
    return failedPosition;
  }

  // Written and read only under the GroupCommitter's lock, which also publishes the outcome.
  void take() {
    taken = true;
  }

  boolean isTaken() {
    return taken;
  }

  void markDone() {
    done = true;
  }

  boolean isDone() {
    return done;
  }
}
