package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

class RoundHistoryReaderTest {
  private static final String ROUND = "620100-2026";
  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

  private final EmbeddedEventStore store =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

  @AfterEach
  void shutDown() {
    store.shutDown();
  }

  @Test
  void aStoredScoreBecomesAChangeWithItsSubmitterAndRequestId() {
    store.publish(
        event(
            0,
            null,
            "80",
            MetaData.with("principal", "li.wei")
                .and("agency", "PROV-STATS")
                .and("clientRequestId", "req-1")));

    RecordedChange change =
        new RoundHistoryReader(store).read(ROUND).matching(HistoryFilter.EVERYTHING).get(0);

    assertThat(change)
        .isEqualTo(
            new RecordedChange(
                0,
                "event-0",
                "HQD-ECONOMY",
                null,
                null,
                null,
                new BigDecimal("80"),
                "li.wei",
                "PROV-STATS",
                AT,
                "req-1",
                null));
  }

  @Test
  void withoutSubmitterMetadataThePayloadSaysWhoAndWhichAgency() {
    store.publish(event(0, null, "80", MetaData.emptyInstance()));

    RecordedChange change =
        new RoundHistoryReader(store).read(ROUND).matching(HistoryFilter.EVERYTHING).get(0);

    assertThat(change.principal()).isEqualTo("wang.fang");
    assertThat(change.agency()).isEqualTo("PROV-DRC");
    assertThat(change.requestId()).isNull();
  }

  @Test
  void theWholeHistoryIsReadEvenWhenTheRoundHasASnapshot() {
    store.publish(
        event(0, null, "80", MetaData.emptyInstance()),
        event(1, "80", "85", MetaData.emptyInstance()),
        event(2, "85", "90", MetaData.emptyInstance()));
    store.storeSnapshot(
        new GenericDomainEventMessage<>("UnitRound", ROUND, 1, "snapshot of the round"));

    List<RecordedChange> changes =
        new RoundHistoryReader(store).read(ROUND).matching(HistoryFilter.EVERYTHING);

    assertThat(changes).extracting(RecordedChange::sequence).containsExactly(0L, 1L, 2L);
  }

  @Test
  void aRoundNeverRecordedHasAnEmptyHistory() {
    RoundHistory history = new RoundHistoryReader(store).read("620200-2026");

    assertThat(history.roundId()).isEqualTo("620200-2026");
    assertThatThrownBy(() -> history.matching(HistoryFilter.EVERYTHING))
        .isInstanceOf(NoRecordedInputs.class);
  }

  private static GenericDomainEventMessage<ScoreRecordedEvent> event(
      long sequence, String previous, String value, MetaData metaData) {
    ScoreRecordedEvent payload =
        new ScoreRecordedEvent(
            ROUND,
            new UnitCode("620100"),
            2026,
            new IndicatorCode("HQD-ECONOMY"),
            new BigDecimal(value),
            previous == null ? null : new BigDecimal(previous),
            "wang.fang",
            new AgencyCode("PROV-DRC"),
            AT);
    return new GenericDomainEventMessage<>(
        "UnitRound", ROUND, sequence, payload, metaData, "event-" + sequence, AT);
  }
}
