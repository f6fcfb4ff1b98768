package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.AGGREGATE_ID;
import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.kaohe.platform.eventstore.EventDocuments.HASH;
import static org.kaohe.platform.eventstore.EventDocuments.PREVIOUS_HASH;
import static org.kaohe.platform.eventstore.EventDocuments.SEQUENCE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Recomputes the hash chains of stored events and reports the first link that does not hold: an
 * edited event no longer matches its hash, a deleted one leaves a hole in its aggregate's sequence,
 * reordered ones no longer point at their predecessor's hash. Reads the store directly, so it runs
 * without the services (see {@link VerifyCommand}).
 */
public class ChainVerifier {
  private final MongoCollection<Document> events;
  private final AbandonedIndices abandoned;
  private final GlobalIndexCounter counter;

  public ChainVerifier(MongoDatabase database) {
    this(database, "domainevents");
  }

  public ChainVerifier(MongoDatabase database, String eventCollection) {
    this.events = database.getCollection(eventCollection);
    this.abandoned =
        new AbandonedIndices(database.getCollection(eventCollection + ".abandoned"), events);
    this.counter = new GlobalIndexCounter(database.getCollection("counters"));
  }

  public VerificationReport verifyAggregate(String aggregateIdentifier) {
    Chains chains = new Chains();
    for (Document event :
        events
            .find(Filters.eq(AGGREGATE_ID, aggregateIdentifier))
            .sort(Sorts.ascending(SEQUENCE))) {
      if (!chains.accept(event)) {
        break;
      }
    }
    return chains.report(0);
  }

  /**
   * Verifies the events with a global index in [from, to], each link to its predecessor included.
   */
  public VerificationReport verifyRange(long from, long to) {
    return verify(
        Filters.and(Filters.gte(GLOBAL_INDEX, from), Filters.lte(GLOBAL_INDEX, to)), false);
  }

  public VerificationReport verifyAll() {
    return verify(Filters.empty(), true);
  }

  private VerificationReport verify(Bson filter, boolean countGaps) {
    Chains chains = new Chains();
    long expectedIndex = 1;
    long missing = 0;
    for (Document event : events.find(filter).sort(Sorts.ascending(GLOBAL_INDEX)).batchSize(1000)) {
      long index = event.getLong(GLOBAL_INDEX);
      missing += index - expectedIndex;
      expectedIndex = index + 1;
      if (!chains.accept(event)) {
        break;
      }
    }
    if (!countGaps || chains.broken != null) {
      return chains.report(0);
    }
    // Indices handed out after the last stored one count too: a deleted latest event leaves one.
    missing += counter.allocated() - (expectedIndex - 1);
    return chains.report(missing - abandoned.explained());
  }

  /** The head of every chain seen so far, checking each event against its predecessor. */
  private final class Chains {
    private final Map<String, ChainHeads.Head> heads = new TreeMap<>();
    private long verified;
    private BrokenLink broken;

    boolean accept(Document event) {
      String aggregate = event.getString(AGGREGATE_ID);
      long sequence = event.getLong(SEQUENCE);
      ChainHeads.Head previous =
          heads.containsKey(aggregate) ? heads.get(aggregate) : stored(aggregate, sequence - 1);
      String reason = problem(event, previous, sequence);
      if (reason != null) {
        broken = new BrokenLink(aggregate, sequence, event.getLong(GLOBAL_INDEX), reason);
        return false;
      }
      heads.put(aggregate, new ChainHeads.Head(sequence, event.getString(HASH)));
      verified++;
      return true;
    }

    private String problem(Document event, ChainHeads.Head previous, long sequence) {
      long expectedSequence = previous == null ? 0 : previous.sequence() + 1;
      if (sequence > expectedSequence) {
        return "sequence " + (sequence - 1) + " of this aggregate is missing";
      }
      if (sequence < expectedSequence) {
        return "sequence " + sequence + " appears out of order";
      }
      String expectedPrevious = previous == null ? CanonicalEvent.GENESIS : previous.hash();
      if (!expectedPrevious.equals(event.getString(PREVIOUS_HASH))) {
        return "previous hash does not match the hash of sequence " + (sequence - 1);
      }
      if (!CanonicalEvent.hash(event, expectedPrevious).equals(event.getString(HASH))) {
        return "content does not match its hash";
      }
      return null;
    }

    private ChainHeads.Head stored(String aggregate, long sequence) {
      if (sequence < 0) {
        return null;
      }
      Document event =
          events
              .find(
                  Filters.and(Filters.eq(AGGREGATE_ID, aggregate), Filters.eq(SEQUENCE, sequence)))
              .first();
      return event == null ? null : new ChainHeads.Head(sequence, event.getString(HASH));
    }

    VerificationReport report(long unexplainedGaps) {
      Map<String, String> headHashes = new TreeMap<>();
      heads.forEach((aggregate, head) -> headHashes.put(aggregate, head.hash()));
      return new VerificationReport(verified, broken, headHashes, Math.max(0, unexplainedGaps));
    }
  }
}
