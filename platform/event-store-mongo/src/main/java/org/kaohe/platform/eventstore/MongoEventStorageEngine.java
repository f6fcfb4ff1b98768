package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.AGGREGATE_ID;
import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.kaohe.platform.eventstore.EventDocuments.HASH;
import static org.kaohe.platform.eventstore.EventDocuments.ID;
import static org.kaohe.platform.eventstore.EventDocuments.SEQUENCE;
import static org.kaohe.platform.eventstore.EventDocuments.TIMESTAMP;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.kaohe.platform.eventstore.ChainHeads.Predecessor;

/**
 * Axon {@code EventStorageEngine} on MongoDB.
 *
 * <p>Guarantees: an event is stored at most once per (aggregate id, sequence), which is its {@code
 * _id} — a conflicting append raises Axon's concurrency exception so the command can be retried.
 * Each event carries the SHA-256 hash of its canonical form and of its predecessor's hash ({@link
 * CanonicalEvent}), so any later edit, deletion or reordering breaks the aggregate's chain. Every
 * event gets a global index from a counter; tracking processors read in that order and never run
 * ahead of an index that was allocated but is not stored yet: they wait for it up to {@code
 * gapTimeout}, unless its writer recorded it as abandoned, and only then pass over it. This holds
 * with any number of writing threads and processes.
 *
 * <p>Each appending thread serializes, indexes, hashes and encodes its own commit; commits of
 * concurrent threads on one engine are then inserted as a group ({@link GroupCommitter}), each
 * commit still stored or failed on its own. While commits follow each other closely, indices are
 * allocated ahead ({@link IndexReservations}), so that most commits make a single round trip.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {
  private static final int FIRST_STREAM_KEYS = 16;
  private final MongoCollection<Document> events;
  private final MongoCollection<Document> snapshots;
  private final IndexReservations reservations;
  private final CommitWriter writer;
  private final GroupCommitter committer;
  private final GlobalOrderReader globalOrder;
  private final ChainHeads heads = new ChainHeads(10_000);

  protected MongoEventStorageEngine(Builder builder) {
    super(builder);
    this.events = builder.database.getCollection(builder.eventCollection);
    this.snapshots = builder.database.getCollection(builder.snapshotCollection);
    AbandonedIndices abandoned =
        new AbandonedIndices(
            builder.database.getCollection(builder.eventCollection + ".abandoned"), events);
    GlobalIndexCounter counter =
        new GlobalIndexCounter(builder.database.getCollection(builder.counterCollection));
    this.reservations =
        new IndexReservations(
            counter,
            abandoned,
            builder.minimumReserve,
            builder.reserveHold,
            builder.gapTimeout.dividedBy(10),
            builder.clock);
    this.writer = new CommitWriter(events, abandoned, reservations);
    this.committer = new GroupCommitter(writer);
    this.globalOrder =
        new GlobalOrderReader(
            events, abandoned, counter, builder.clock, builder.gapTimeout, writer::firstHeldFrom);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Creates the indexes the guarantees and the queries rest on; safe to call on every start. */
  public void ensureIndexes() {
    events.createIndex(
        Indexes.ascending(GLOBAL_INDEX), new IndexOptions().unique(true).name("uniqueGlobalIndex"));
    // Each event's _id is its aggregate and sequence, so the primary index keeps them unique; this
    // index only serves queries by aggregate (a real MongoDB uses it, the embedded one ignores an
    // index that is not unique, and every unique index costs each insert).
    events.createIndex(
        Indexes.ascending(AGGREGATE_ID, SEQUENCE), new IndexOptions().name("aggregateSequence"));
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
    if (messages.isEmpty()) {
      return;
    }
    PreparedCommit commit = prepare(messages, serializer);
    if (writer.seal(commit)) {
      committer.commit(commit);
    }
    if (commit.failure() != null) {
      handlePersistenceException(commit.failure(), messages.get(commit.failedPosition()));
      return;
    }
    if (!commit.isStored()) {
      throw new EventStoreException(
          "the outcome of appending " + messages.size() + " events is unknown");
    }
    commit
        .documents()
        .forEach(
            d ->
                heads.stored(
                    d.getString(AGGREGATE_ID),
                    d.getLong(SEQUENCE),
                    d.getString(HASH),
                    d.getLong(GLOBAL_INDEX)));
  }

  /** Serializes in the appending thread, so that a group's leader only inserts. */
  private PreparedCommit prepare(List<? extends EventMessage<?>> messages, Serializer serializer) {
    Map<String, Predecessor> predecessors = new HashMap<>();
    List<Document> documents = new ArrayList<>(messages.size());
    for (EventMessage<?> message : messages) {
      DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
      documents.add(EventDocuments.toDocument(event, serializer, null));
      predecessors.computeIfAbsent(
          event.getAggregateIdentifier(),
          aggregate -> storedBefore(aggregate, event.getSequenceNumber()));
    }
    return new PreparedCommit(documents, predecessors);
  }

  private Predecessor storedBefore(String aggregate, long sequence) {
    if (sequence == 0) {
      return Predecessor.NONE;
    }
    Predecessor known = heads.before(aggregate, sequence);
    if (known != null) {
      return known;
    }
    Document previous =
        events.find(Filters.eq(ID, EventDocuments.streamKey(aggregate, sequence - 1))).first();
    if (previous == null) {
      throw new EventStoreException(
          "cannot chain event " + sequence + " of " + aggregate + ": no stored event before it");
    }
    return new Predecessor(previous.getString(HASH), previous.getLong(GLOBAL_INDEX));
  }

  @Override
  protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    Document document = EventDocuments.toDocument(snapshot, serializer, null);
    document.put(ID, snapshot.getAggregateIdentifier());
    snapshots.replaceOne(
        Filters.eq(ID, snapshot.getAggregateIdentifier()),
        document,
        new ReplaceOptions().upsert(true));
  }

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
    return Stream.ofNullable(snapshot).map(EventDocuments::toDomainEventData);
  }

  /**
   * Asks for a few {@code _id}s first and for twice as many each time all were there: most
   * aggregates loaded hold a few events since their snapshot (or none, being new), and every id
   * asked for costs the server a lookup; a stream ends at the first id missing.
   */
  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    List<DomainEventData<?>> found = new ArrayList<>();
    long first = firstSequenceNumber;
    int asked = Math.min(batchSize, FIRST_STREAM_KEYS);
    while (true) {
      List<String> ids = new ArrayList<>(asked);
      for (long sequence = first; sequence < first + asked; sequence++) {
        ids.add(EventDocuments.streamKey(aggregateIdentifier, sequence));
      }
      int before = found.size();
      events
          .find(Filters.in(ID, ids))
          .sort(Sorts.ascending(SEQUENCE))
          .map(EventDocuments::toDomainEventData)
          .into(found);
      if (found.size() - before < asked || found.size() >= batchSize) {
        return found;
      }
      first += asked;
      asked = Math.min(2 * asked, batchSize - found.size());
    }
  }

  /**
   * The next events in global order, stopping before an index that is allocated but not stored yet,
   * so that no tracker ever passes over an event that is still being written.
   */
  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      TrackingToken lastToken, int batchSize) {
    return globalOrder.after(position(lastToken), batchSize);
  }

  /**
   * Gives up the global indices this engine holds in reserve, so that trackers elsewhere need not
   * wait for them; call on shutdown. The engine stays usable.
   */
  public void releaseReservedIndices() {
    reservations.giveUpReserve();
  }

  private static long position(TrackingToken token) {
    return token == null ? 0L : ((GlobalSequenceTrackingToken) token).getGlobalIndex();
  }

  @Override
  public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
    Document last =
        events
            .find(Filters.eq(AGGREGATE_ID, aggregateIdentifier))
            .sort(Sorts.descending(SEQUENCE))
            .limit(1)
            .first();
    return Optional.ofNullable(last).map(d -> d.getLong(SEQUENCE));
  }

  @Override
  public TrackingToken createTailToken() {
    return new GlobalSequenceTrackingToken(0L);
  }

  @Override
  public TrackingToken createHeadToken() {
    Document last = events.find().sort(Sorts.descending(GLOBAL_INDEX)).limit(1).first();
    return new GlobalSequenceTrackingToken(last == null ? 0L : last.getLong(GLOBAL_INDEX));
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    Document first =
        events
            .find(Filters.gte(TIMESTAMP, StoredTimestamps.format(dateTime)))
            .sort(Sorts.ascending(GLOBAL_INDEX))
            .limit(1)
            .first();
    return first == null
        ? createHeadToken()
        : new GlobalSequenceTrackingToken(first.getLong(GLOBAL_INDEX) - 1);
  }

  /** Builds the engine; the Axon serializers and upcasters come from the application. */
  public static class Builder extends BatchingEventStorageEngine.Builder {
    private MongoDatabase database;
    private String eventCollection = "domainevents";
    private String snapshotCollection = "snapshotevents";
    private String counterCollection = "counters";
    private Clock clock = new EventMessageClock();
    private Duration gapTimeout = Duration.ofSeconds(10);
    private int minimumReserve = 64;
    private Duration reserveHold = Duration.ofMillis(50);

    public Builder() {
      persistenceExceptionResolver(new DuplicateKeys());
    }

    public Builder database(MongoDatabase database) {
      this.database = database;
      return this;
    }

    /**
     * The clock that decides when a gap in the global index has waited long enough; by default the
     * one Axon stamps events with, which the gap's age is measured against.
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How long trackers wait for an allocated index before passing over it. */
    public Builder gapTimeout(Duration gapTimeout) {
      this.gapTimeout = gapTimeout;
      return this;
    }

    /**
     * While commits follow each other within {@code hold}, allocate global indices ahead — {@code
     * minimum} at first, twice as many each time a reserve is used up, at most 1,024 — and give up
     * the unused ones once commits stop for {@code hold}, or once a reserve is a tenth of the gap
     * timeout old; {@code minimum} 0 allocates exactly what each commit needs. {@code hold} must
     * stay well below the gap timeout.
     */
    public Builder indexReserve(int minimum, Duration hold) {
      this.minimumReserve = minimum;
      this.reserveHold = hold;
      return this;
    }

    public Builder eventCollection(String name) {
      this.eventCollection = name;
      return this;
    }

    public Builder snapshotCollection(String name) {
      this.snapshotCollection = name;
      return this;
    }

    @Override
    public Builder eventSerializer(Serializer serializer) {
      super.eventSerializer(serializer);
      return this;
    }

    @Override
    public Builder snapshotSerializer(Serializer serializer) {
      super.snapshotSerializer(serializer);
      return this;
    }

    @Override
    public Builder upcasterChain(
        org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
      super.upcasterChain(upcasterChain);
      return this;
    }

    @Override
    public Builder snapshotFilter(
        org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
      super.snapshotFilter(snapshotFilter);
      return this;
    }

    @Override
    public Builder batchSize(int batchSize) {
      super.batchSize(batchSize);
      return this;
    }

    @Override
    protected void validate() {
      super.validate();
      if (database == null) {
        throw new org.axonframework.common.AxonConfigurationException(
            "MongoEventStorageEngine needs a MongoDatabase");
      }
    }

    public MongoEventStorageEngine build() {
      validate();
      return new MongoEventStorageEngine(this);
    }
  }
}
