package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

class UnitRoundTest {
  private static final UnitCode LANZHOU = new UnitCode("620100");
  private static final IndicatorCode ECONOMY = new IndicatorCode("HQD-ECONOMY");
  private static final AgencyCode STATS = new AgencyCode("PROV-STATS");
  private static final Instant AT = Instant.parse("2027-01-15T08:30:00Z");

  private AggregateTestFixture<UnitRound> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(UnitRound.class);
  }

  @Test
  void firstScoreOpensTheRoundAndHasNoPreviousValue() {
    fixture
        .givenNoPriorActivity()
        .when(record("87.5"))
        .expectSuccessfulHandlerExecution()
        .expectEvents(recorded("87.5", null))
        .expectResultMessagePayload(new ScoreOutcome(true, null));
  }

  @Test
  void newScoreForAnIndicatorKeepsThePreviousValueInTheEvent() {
    fixture
        .given(recorded("80", null))
        .when(record("87.5"))
        .expectEvents(recorded("87.5", new BigDecimal("80")))
        .expectResultMessagePayload(new ScoreOutcome(true, new BigDecimal("80")));
  }

  @Test
  void aCorrectionCarriesItsReasonIntoTheEvent() {
    fixture
        .given(recorded("80", null))
        .when(
            new RecordScoreCommand(
                LANZHOU, 2026, ECONOMY, new BigDecimal("82"), "li.wei", STATS, AT, "GDP revised"))
        .expectEvents(
            new ScoreRecordedEvent(
                "620100-2026",
                LANZHOU,
                2026,
                ECONOMY,
                new BigDecimal("82"),
                new BigDecimal("80"),
                "li.wei",
                STATS,
                AT,
                "GDP revised"));
  }

  @Test
  void resubmittingTheSameValueStoresNothing() {
    fixture
        .given(recorded("87.50", null))
        .when(record("87.5"))
        .expectNoEvents()
        .expectResultMessagePayload(new ScoreOutcome(false, new BigDecimal("87.50")));
  }

  @Test
  void scoresOfDifferentIndicatorsDoNotReplaceEachOther() {
    IndicatorCode party = new IndicatorCode("PARTY-BUILDING");
    fixture
        .given(recorded("80", null))
        .when(
            new RecordScoreCommand(
                LANZHOU, 2026, party, new BigDecimal("91"), "li.wei", STATS, AT, null))
        .expectEvents(
            new ScoreRecordedEvent(
                "620100-2026",
                LANZHOU,
                2026,
                party,
                new BigDecimal("91"),
                null,
                "li.wei",
                STATS,
                AT));
  }

  private static RecordScoreCommand record(String value) {
    return new RecordScoreCommand(
        LANZHOU, 2026, ECONOMY, new BigDecimal(value), "li.wei", STATS, AT, null);
  }

  private static ScoreRecordedEvent recorded(String value, BigDecimal previous) {
    return new ScoreRecordedEvent(
        "620100-2026",
        LANZHOU,
        2026,
        ECONOMY,
        new BigDecimal(value),
        previous,
        "li.wei",
        STATS,
        AT);
  }
}
