package org.kaohe.assessment.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.kaohe.events.metadata.SubmissionMetaData;

/** Reads every change of a round's inputs from the event store. Blocking. */
public final class RoundHistoryReader {
  private final EventStore eventStore;

  public RoundHistoryReader(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  public RoundHistory read(String roundId) {
    // From sequence 0: readEvents(roundId) would start at the round's latest snapshot.
    try (Stream<? extends DomainEventMessage<?>> events =
        eventStore.readEvents(roundId, 0L).asStream()) {
      List<RecordedChange> changes =
          events.map(RoundHistoryReader::toChange).flatMap(Optional::stream).toList();
      return new RoundHistory(roundId, changes);
    }
  }

  private static Optional<RecordedChange> toChange(DomainEventMessage<?> event) {
    MetaData metaData = event.getMetaData();
    return StoredInput.of(event.getPayload())
        .map(
            stored ->
                new RecordedChange(
                    event.getSequenceNumber(),
                    event.getIdentifier(),
                    stored.input(),
                    text(metaData, SubmissionMetaData.PRINCIPAL, stored.principal()),
                    text(metaData, SubmissionMetaData.AGENCY, stored.agency()),
                    event.getTimestamp(),
                    text(metaData, SubmissionMetaData.CLIENT_REQUEST_ID, null),
                    stored.reason()));
  }

  // The payload repeats who and which agency, for events whose metadata lacks them.
  private static String text(MetaData metaData, String key, String fallback) {
    Object value = metaData.get(key);
    return value == null ? fallback : value.toString();
  }
}
