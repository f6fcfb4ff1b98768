package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.AGGREGATE_ID;
import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.kaohe.platform.eventstore.EventDocuments.ID;
import static org.kaohe.platform.eventstore.EventDocuments.SEQUENCE;
import static org.kaohe.platform.eventstore.EventDocuments.TIMESTAMP;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Axon {@code EventStorageEngine} on MongoDB.
 *
 * <p>Guarantees: an event is stored at most once per (aggregate id, sequence) — a conflicting
 * append raises Axon's concurrency exception so the command can be retried; every event gets a
 * global index from a counter, and tracking processors read in that order. Appends from this
 * process are serialized so that indices become visible in order; several writing processes need
 * gap-aware tokens, which the hardened store adds.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {
  private final MongoCollection<Document> events;
  private final MongoCollection<Document> snapshots;
  private final GlobalIndexCounter counter;
  private final ReentrantLock appendLock = new ReentrantLock();

  protected MongoEventStorageEngine(Builder builder) {
    super(builder);
    this.events = builder.database.getCollection(builder.eventCollection);
    this.snapshots = builder.database.getCollection(builder.snapshotCollection);
    this.counter =
        new GlobalIndexCounter(builder.database.getCollection(builder.counterCollection));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Creates the unique indexes the guarantees rest on; safe to call on every start. */
  public void ensureIndexes() {
    events.createIndex(
        Indexes.ascending(AGGREGATE_ID, SEQUENCE),
        new IndexOptions().unique(true).name("uniqueAggregateSequence"));
    events.createIndex(
        Indexes.ascending(GLOBAL_INDEX), new IndexOptions().unique(true).name("uniqueGlobalIndex"));
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
    if (messages.isEmpty()) {
      return;
    }
    appendLock.lock();
    try {
      long first = counter.allocate(messages.size());
      List<Document> documents = new ArrayList<>(messages.size());
      for (int i = 0; i < messages.size(); i++) {
        DomainEventMessage<?> event = EventUtils.asDomainEventMessage(messages.get(i));
        documents.add(EventDocuments.toDocument(event, serializer, first + i));
      }
      insertAllOrNone(documents, first, first + messages.size() - 1, messages);
    } finally {
      appendLock.unlock();
    }
  }

  private void insertAllOrNone(
      List<Document> documents, long first, long last, List<? extends EventMessage<?>> messages) {
    try {
      events.insertMany(documents, new InsertManyOptions().ordered(true));
    } catch (RuntimeException e) {
      // Without transactions a multi-event commit can fail half-way: take back only what this
      // append inserted, recognisable by the global indices it allocated.
      events.deleteMany(
          Filters.and(Filters.gte(GLOBAL_INDEX, first), Filters.lte(GLOBAL_INDEX, last)));
      handlePersistenceException(e, messages.get(failedIndex(e)));
    }
  }

  /** The event the failure is about, so the error names the aggregate that conflicted. */
  private static int failedIndex(RuntimeException e) {
    if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
      return bulk.getWriteErrors().get(0).getIndex();
    }
    return 0;
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

  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    Bson filter =
        Filters.and(
            Filters.eq(AGGREGATE_ID, aggregateIdentifier),
            Filters.gte(SEQUENCE, firstSequenceNumber));
    return events
        .find(filter)
        .sort(Sorts.ascending(SEQUENCE))
        .limit(batchSize)
        .map(EventDocuments::toDomainEventData)
        .into(new ArrayList<>());
  }

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      TrackingToken lastToken, int batchSize) {
    long after =
        lastToken == null ? 0L : ((GlobalSequenceTrackingToken) lastToken).getGlobalIndex();
    return events
        .find(Filters.gt(GLOBAL_INDEX, after))
        .sort(Sorts.ascending(GLOBAL_INDEX))
        .limit(batchSize)
        .map(EventDocuments::toTrackedEventData)
        .into(new ArrayList<>());
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
            .find(Filters.gte(TIMESTAMP, DateTimeUtils.formatInstant(dateTime)))
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

    public Builder() {
      persistenceExceptionResolver(new DuplicateKeys());
    }

    public Builder database(MongoDatabase database) {
      this.database = database;
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
