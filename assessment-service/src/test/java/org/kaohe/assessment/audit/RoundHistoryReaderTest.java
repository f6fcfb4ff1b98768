package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.domain.DemocraticTally;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

class RoundHistoryReaderTest {
  private static final String ROUND = "620100-2026";
  private static final RoundId ROUND_ID = new RoundId(ROUND);
  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  private static final UnitCode LANZHOU = new UnitCode("620100");
  private static final CadreCode PRINCIPAL = new CadreCode("C-620100-1");
  private static final AgencyCode ORG = new AgencyCode("PROV-ORG");

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

  @Test
  void everyKindOfInputBecomesAChangeInItsOwnTerms() {
    MetaData org = MetaData.with("principal", "zhang.min").and("agency", "PROV-ORG");
    store.publish(
        stored(
            0,
            new PoliticalQualityRatedEvent(
                ROUND_ID,
                LANZHOU,
                2026,
                PRINCIPAL,
                PoliticalRating.AVERAGE,
                "talks",
                PoliticalRating.GOOD,
                "zhang.min",
                ORG,
                AT,
                "findings of the inspection tour"),
            org.and("clientRequestId", "rating-7")),
        stored(
            1,
            new DemocraticEvaluationRecordedEvent(
                ROUND_ID,
                LANZHOU,
                2026,
                null,
                "CADRES",
                120,
                Map.of("EXCELLENT", 78, "GOOD", 35),
                3,
                false,
                "zhang.min",
                ORG,
                AT,
                null),
            org),
        stored(
            2,
            new FindingRecordedEvent(
                ROUND_ID,
                LANZHOU,
                2026,
                PRINCIPAL,
                "AUDIT-2026-0147",
                "AUDIT",
                "SERIOUS",
                "special funds diverted",
                new BigDecimal("1.5"),
                "sun.li",
                new AgencyCode("PROV-AUDIT"),
                AT),
            MetaData.emptyInstance()),
        stored(
            3,
            new RoundReopenedEvent(
                ROUND_ID,
                LANZHOU,
                2026,
                Instant.parse("2027-04-10T00:00:00Z"),
                "audit finding",
                "chen.jie",
                AT),
            MetaData.with("principal", "chen.jie").and("reason", "audit finding")));

    List<RecordedChange> changes =
        new RoundHistoryReader(store).read(ROUND).matching(HistoryFilter.EVERYTHING);

    assertThat(changes)
        .containsExactly(
            new RecordedChange(
                0,
                "event-0",
                new RatingChange(
                    "C-620100-1", PoliticalRating.AVERAGE, PoliticalRating.GOOD, "talks"),
                "zhang.min",
                "PROV-ORG",
                AT,
                "rating-7",
                "findings of the inspection tour"),
            new RecordedChange(
                1,
                "event-1",
                new EvaluationChange(
                    null,
                    "CADRES",
                    new DemocraticTally(120, Map.of("EXCELLENT", 78, "GOOD", 35), 3),
                    false),
                "zhang.min",
                "PROV-ORG",
                AT,
                null,
                null),
            new RecordedChange(
                2,
                "event-2",
                new FindingChange(
                    "AUDIT-2026-0147",
                    new Finding(
                        PRINCIPAL,
                        "AUDIT",
                        "SERIOUS",
                        "special funds diverted",
                        new BigDecimal("1.5"))),
                "sun.li",
                "PROV-AUDIT",
                AT,
                null,
                null),
            new RecordedChange(
                3,
                "event-3",
                new ReopeningChange(Instant.parse("2027-04-10T00:00:00Z")),
                "chen.jie",
                null,
                AT,
                null,
                "audit finding"));
  }

  @Test
  void aRoundThatWasOnlyReopenedHasAHistory() {
    store.publish(
        stored(
            0,
            new RoundReopenedEvent(
                ROUND_ID, LANZHOU, 2026, AT.plusSeconds(3600), "late rating", "chen.jie", AT),
            MetaData.emptyInstance()));

    assertThat(new RoundHistoryReader(store).read(ROUND).matching(HistoryFilter.EVERYTHING))
        .singleElement()
        .satisfies(
            reopening -> {
              assertThat(reopening.kind()).isEqualTo(InputKind.REOPENING);
              assertThat(reopening.principal()).isEqualTo("chen.jie");
              assertThat(reopening.reason()).isEqualTo("late rating");
            });
  }

  private static GenericDomainEventMessage<Object> stored(
      long sequence, Object payload, MetaData metaData) {
    return new GenericDomainEventMessage<>(
        "UnitRound", ROUND, sequence, payload, metaData, "event-" + sequence, AT);
  }

  private static GenericDomainEventMessage<ScoreRecordedEvent> event(
      long sequence, String previous, String value, MetaData metaData) {
    ScoreRecordedEvent payload =
        new ScoreRecordedEvent(
            ROUND_ID,
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
