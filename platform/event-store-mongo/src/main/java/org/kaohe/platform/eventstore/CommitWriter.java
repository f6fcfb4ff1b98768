package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;

/**
 * Stores commits: each commit's appending thread allocates its global indices and seals it; a
 * group's leader inserts all their documents at once and takes back each commit that did not store
 * completely.
 */
final class CommitWriter {
  private final MongoCollection<Document> events;
  private final AbandonedIndices abandoned;
  private final IndexReservations indices;
  private final IndicesInFlight inFlight = new IndicesInFlight();
  private final MongoCollection<RawBsonDocument> rawEvents;
  private final Codec<Document> codec;

  CommitWriter(
      MongoCollection<Document> events, AbandonedIndices abandoned, IndexReservations indices) {
    this.events = events;
    this.abandoned = abandoned;
    this.indices = indices;
    this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
    this.codec = events.getCodecRegistry().get(Document.class);
  }

  /**
   * Allocates the commit's global indices, chains and encodes its documents, in the appending
   * thread, so that a group's leader only inserts. Returns false, with the failure recorded on the
   * commit and any allocated indices abandoned, when it cannot be sealed.
   */
  boolean seal(PreparedCommit commit) {
    long first;
    try {
      first = indices.allocate(commit.size(), commit.follows());
    } catch (RuntimeException e) {
      commit.failed(e, 0);
      return false;
    }
    inFlight.add(first, first + commit.size() - 1);
    try {
      commit.seal(first, codec);
      return true;
    } catch (RuntimeException e) {
      takeBack(commit, e, 0);
      inFlight.remove(first);
      return false;
    }
  }

  /**
   * The first index at or after {@code index} that this engine still has to write — handed to a
   * commit still being written, or unused in the reserve — or {@code Long.MAX_VALUE}. Such an index
   * is not given up, and the event after it is younger than the gap timeout, so no tracker may pass
   * over it yet.
   */
  long firstHeldFrom(long index) {
    return Math.min(inFlight.firstFrom(index), indices.firstUnusedFrom(index));
  }

  /**
   * Inserts a group of sealed commits at once and records each commit's outcome on it; never throws
   * for a single commit's failure.
   */
  void write(List<PreparedCommit> group) {
    List<RawBsonDocument> documents = new ArrayList<>();
    group.forEach(commit -> documents.addAll(commit.encoded()));
    try {
      // Unordered: one commit's conflict must not keep the commits after it from being stored.
      rawEvents.insertMany(documents, new InsertManyOptions().ordered(false));
      group.forEach(PreparedCommit::stored);
    } catch (MongoBulkWriteException e) {
      takeBackFailed(group, e);
    } catch (RuntimeException e) {
      for (PreparedCommit commit : group) {
        takeBack(commit, e, 0);
      }
    } finally {
      group.forEach(commit -> inFlight.remove(commit.firstIndex()));
    }
  }

  private void takeBackFailed(List<PreparedCommit> group, MongoBulkWriteException e) {
    int offset = 0;
    for (PreparedCommit commit : group) {
      List<BulkWriteError> errors = errorsOf(e, offset, commit.size());
      if (!errors.isEmpty() || e.getWriteConcernError() != null) {
        MongoBulkWriteException own =
            new MongoBulkWriteException(
                e.getWriteResult(),
                errors,
                e.getWriteConcernError(),
                e.getServerAddress(),
                e.getErrorLabels());
        takeBack(commit, own, errors.isEmpty() ? 0 : errors.get(0).getIndex());
      } else {
        commit.stored();
      }
      offset += commit.size();
    }
  }

  /**
   * Without transactions a commit can fail half-way: delete only what it inserted, recognisable by
   * the global indices allocated to it, and tell trackers not to wait for those indices.
   */
  private void takeBack(PreparedCommit commit, RuntimeException failure, int position) {
    commit.failed(failure, position);
    if (commit.firstIndex() == 0) {
      return; // failed before any index was allocated to it
    }
    try {
      events.deleteMany(
          Filters.and(
              Filters.gte(GLOBAL_INDEX, commit.firstIndex()),
              Filters.lte(GLOBAL_INDEX, commit.lastIndex())));
      abandoned.abandon(commit.firstIndex(), commit.lastIndex());
    } catch (RuntimeException unreachable) {
      // The other commits of the group still need their outcome; trackers will wait out these
      // indices for the gap timeout instead of passing them at once.
      failure.addSuppressed(unreachable);
    }
  }

  /** The write errors of one commit, their positions made relative to its first document. */
  private static List<BulkWriteError> errorsOf(MongoBulkWriteException e, int offset, int size) {
    List<BulkWriteError> errors = new ArrayList<>();
    for (BulkWriteError error : e.getWriteErrors()) {
      int position = error.getIndex() - offset;
      if (position >= 0 && position < size) {
        errors.add(
            new BulkWriteError(error.getCode(), error.getMessage(), error.getDetails(), position));
      }
    }
    return errors;
  }
}
