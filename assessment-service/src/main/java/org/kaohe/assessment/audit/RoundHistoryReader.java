package org.kaohe.assessment.audit;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.kaohe.assessment.metadata.SubmissionMetaData;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/** Reads a round's score changes from the event store. Blocking. */
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
          events
              .filter(event -> event.getPayload() instanceof ScoreRecordedEvent)
              .map(RoundHistoryReader::toChange)
              .toList();
      return new RoundHistory(roundId, changes);
    }
  }

  private static RecordedChange toChange(DomainEventMessage<?> event) {
    ScoreRecordedEvent score = (ScoreRecordedEvent) event.getPayload();
    MetaData metaData = event.getMetaData();
    return new RecordedChange(
        event.getSequenceNumber(),
        event.getIdentifier(),
        score.indicatorCode().value(),
        score.isForUnit() ? null : score.cadreCode().value(),
        score.period(),
        score.previousValue(),
        score.value(),
        text(metaData, SubmissionMetaData.PRINCIPAL, score.recordedBy()),
        text(metaData, SubmissionMetaData.AGENCY, score.agency().value()),
        event.getTimestamp(),
        text(metaData, SubmissionMetaData.CLIENT_REQUEST_ID, null),
        score.reason());
  }

  // The payload repeats who and which agency, for events whose metadata lacks them.
  private static String text(MetaData metaData, String key, String fallback) {
    Object value = metaData.get(key);
    return value == null ? fallback : value.toString();
  }
}
