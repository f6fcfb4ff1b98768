package org.kaohe.assessment.round.domain;

import static org.kaohe.assessment.round.domain.LanzhouRound.AT;
import static org.kaohe.assessment.round.domain.LanzhouRound.LANZHOU;
import static org.kaohe.assessment.round.domain.LanzhouRound.PRINCIPAL;
import static org.kaohe.assessment.round.domain.LanzhouRound.ROUND;
import static org.kaohe.assessment.round.domain.LanzhouRound.WINDOW;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;

class UnitRoundTest {
  private static final IndicatorCode ECONOMY = new IndicatorCode("HQD-ECONOMY");
  private static final IndicatorCode REGULAR = new IndicatorCode("REGULAR-HALF-YEAR");
  private static final AgencyCode STATS = new AgencyCode("PROV-STATS");
  private static final Instant LATE = Instant.parse("2027-04-02T01:00:00Z");
  private static final String ECONOMY_IS_80 =
      "HQD-ECONOMY already has the score 80 (recorded by PROV-STATS at 2027-01-15T08:30:00Z); to"
          + " correct it, name the value it replaces and give a reason";

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
        .expectEvents(recorded("87.5", null, null))
        .expectResultMessagePayload(new ScoreOutcome(true, null));
  }

  @Test
  void correctionNamingTheCurrentValueWithAReasonKeepsThePreviousValueInTheEvent() {
    fixture
        .given(recorded("80", null, null))
        .when(correct("82", "80", "GDP revised"))
        .expectEvents(recorded("82", "80", "GDP revised"))
        .expectResultMessagePayload(new ScoreOutcome(true, new BigDecimal("80")));
  }

  @Test
  void aReasonWithoutTheReplacedValueConflictsSoAnotherAgencysScoreIsNotOverwrittenUnseen() {
    RecordScoreCommand byAnotherAgency =
        score(
            ECONOMY,
            null,
            null,
            "95",
            null,
            "x",
            new Submitter("wang.fang", new AgencyCode("PROV-DEVREFORM"), AT));
    fixture
        .given(recorded("80", null, null))
        .when(byAnotherAgency)
        .expectNoEvents()
        .expectException(InputConflict.class)
        .expectExceptionMessage(ECONOMY_IS_80);
  }

  @Test
  void aBatchItemWithAReasonButNoReplacedValueIsRefusedLikeASingleScore() {
    fixture
        .given(recorded("80", null, null))
        .when(
            new RecordScoresCommand(
                ROUND, List.of(new RecordScoresCommand.Item(correct("82", null, "x"), "item-1"))))
        .expectNoEvents()
        .expectResultMessagePayloadMatching(Matchers.contains(refused(true)));
  }

  @Test
  void theSameValueWithAReasonButNoReplacedValueIsUnchanged() {
    fixture
        .given(recorded("80", null, null))
        .when(correct("80", null, "x"))
        .expectNoEvents()
        .expectResultMessagePayload(new ScoreOutcome(false, new BigDecimal("80")));
  }

  @Test
  void secondScoreWithoutAReasonConflictsInsteadOfOverwritingUnknowingly() {
    fixture
        .given(recorded("80", null, null))
        .when(record("87.5"))
        .expectNoEvents()
        .expectException(InputConflict.class)
        .expectExceptionMessage(ECONOMY_IS_80);
  }

  @Test
  void correctionNamingAValueThatIsNoLongerCurrentConflicts() {
    fixture
        .given(recorded("80", null, null), recorded("81", "80", "first revision"))
        .when(correct("82", "80", "second revision"))
        .expectNoEvents()
        .expectException(InputConflict.class)
        .expectExceptionMessage(
            "HQD-ECONOMY is now 81 (recorded by PROV-STATS at 2027-01-15T08:30:00Z), not 80");
  }

  @Test
  void correctionWithoutAReasonIsRefused() {
    fixture
        .given(recorded("80", null, null))
        .when(correct("82", "80", " "))
        .expectNoEvents()
        .expectException(CorrectionWithoutReason.class)
        .expectExceptionMessage("a correction of HQD-ECONOMY needs a reason");
  }

  @Test
  void replacingAScoreThatWasNeverRecordedConflicts() {
    fixture
        .givenNoPriorActivity()
        .when(correct("82", "80", "revised"))
        .expectNoEvents()
        .expectException(InputConflict.class);
  }

  @Test
  void roundsBatchAppliesEachScoreInOrderAndRefusesOnlyTheBadOnes() {
    fixture
        .given(recorded("80", null, null))
        .when(
            new RecordScoresCommand(
                ROUND,
                List.of(
                    new RecordScoresCommand.Item(record("81"), "item-1"),
                    new RecordScoresCommand.Item(correct("82", "80", "GDP revised"), "item-2"),
                    new RecordScoresCommand.Item(
                        score(REGULAR, PRINCIPAL, "H1", "92", null, null, AT), "item-3"))))
        .expectEvents(
            recorded("82", "80", "GDP revised"), event(REGULAR, PRINCIPAL, "H1", "92", null, null))
        .expectResultMessagePayloadMatching(
            Matchers.contains(refused(true), refused(false), refused(false)));
  }

  private static Matcher<ScoreItemOutcome> refused(boolean refused) {
    return new CustomTypeSafeMatcher<>(refused ? "a refused score" : "a recorded score") {
      @Override
      protected boolean matchesSafely(ScoreItemOutcome outcome) {
        return (outcome.refusal() != null) == refused;
      }
    };
  }

  @Test
  void resubmittingTheSameValueStoresNothing() {
    fixture
        .given(recorded("87.50", null, null))
        .when(record("87.5"))
        .expectNoEvents()
        .expectResultMessagePayload(new ScoreOutcome(false, new BigDecimal("87.50")));
  }

  @Test
  void scoresOfDifferentIndicatorsDoNotReplaceEachOther() {
    IndicatorCode party = new IndicatorCode("PARTY-BUILDING");
    fixture
        .given(recorded("80", null, null))
        .when(score(party, null, null, "91", null, null, AT))
        .expectEvents(event(party, null, null, "91", null, null));
  }

  @Test
  void aCadresScoreIsSeparateFromTheUnitsScore() {
    fixture
        .given(event(REGULAR, null, "H1", "88", null, null))
        .when(score(REGULAR, PRINCIPAL, "H1", "92", null, null, AT))
        .expectEvents(event(REGULAR, PRINCIPAL, "H1", "92", null, null));
  }

  @Test
  void eachHalfYearPeriodIsItsOwnScore() {
    fixture
        .given(event(REGULAR, PRINCIPAL, "H1", "92", null, null))
        .when(score(REGULAR, PRINCIPAL, "H2", "89", null, null, AT))
        .expectEvents(event(REGULAR, PRINCIPAL, "H2", "89", null, null));
  }

  @Test
  void submissionBeforeTheRoundOpensIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(score(ECONOMY, null, null, "80", null, null, Instant.parse("2025-12-01T00:00:00Z")))
        .expectNoEvents()
        .expectException(RoundClosed.class)
        .expectExceptionMessage("round 620100-2026 takes submissions from 2025-12-31T16:00:00Z");
  }

  @Test
  void submissionAfterTheDeadlineIsRefusedSayingHowToReopen() {
    fixture
        .given(recorded("80", null, null))
        .when(score(ECONOMY, null, null, "82", null, "late revision", LATE))
        .expectNoEvents()
        .expectException(RoundClosed.class)
        .expectExceptionMessage(
            "round 620100-2026 closed at its deadline (2027-03-31T16:00:00Z); an administrator"
                + " may reopen it for a correction, with a reason");
  }

  @Test
  void administratorReopensAClosedRoundWithAReason() {
    Instant until = Instant.parse("2027-04-09T16:00:00Z");
    fixture
        .given(recorded("80", null, null))
        .when(reopen(until, LATE))
        .expectEvents(
            new RoundReopenedEvent(
                ROUND, LANZHOU, 2026, until, "audit correction", "zhao.min", LATE));
  }

  @Test
  void reopenedRoundTakesSubmissionsUntilTheReopeningEnds() {
    Instant until = Instant.parse("2027-04-09T16:00:00Z");
    fixture
        .given(recorded("80", null, null), reopened(until))
        .when(score(ECONOMY, null, null, "82", "80", "audit correction", LATE))
        .expectEvents(
            new ScoreRecordedEvent(
                ROUND,
                LANZHOU,
                2026,
                ECONOMY,
                null,
                null,
                new BigDecimal("82"),
                new BigDecimal("80"),
                "li.wei",
                STATS,
                LATE,
                "audit correction"));
  }

  @Test
  void submissionAfterTheReopeningEndsIsRefused() {
    fixture
        .given(recorded("80", null, null), reopened(Instant.parse("2027-04-01T16:00:00Z")))
        .when(score(ECONOMY, null, null, "82", null, "too late", LATE))
        .expectNoEvents()
        .expectException(RoundClosed.class)
        .expectExceptionMessage(
            "round 620100-2026 closed at its deadline (2027-03-31T16:00:00Z) and its reopening"
                + " ended at 2027-04-01T16:00:00Z");
  }

  @Test
  void roundStillOpenCannotBeReopened() {
    fixture
        .given(recorded("80", null, null))
        .when(reopen(Instant.parse("2027-02-01T00:00:00Z"), AT))
        .expectNoEvents()
        .expectException(RoundStillOpen.class);
  }

  private static RecordScoreCommand record(String value) {
    return score(ECONOMY, null, null, value, null, null, AT);
  }

  private static RecordScoreCommand correct(String value, String replaces, String reason) {
    return score(ECONOMY, null, null, value, replaces, reason, AT);
  }

  private static RecordScoreCommand score(
      IndicatorCode indicator,
      CadreCode cadre,
      String period,
      String value,
      String replaces,
      String reason,
      Instant at) {
    return score(
        indicator, cadre, period, value, replaces, reason, new Submitter("li.wei", STATS, at));
  }

  private static RecordScoreCommand score(
      IndicatorCode indicator,
      CadreCode cadre,
      String period,
      String value,
      String replaces,
      String reason,
      Submitter submitter) {
    return new RecordScoreCommand(
        ROUND,
        LANZHOU,
        2026,
        indicator,
        cadre,
        period,
        new BigDecimal(value),
        replaces == null ? null : new BigDecimal(replaces),
        reason,
        submitter,
        WINDOW);
  }

  private static ReopenRoundCommand reopen(Instant until, Instant at) {
    return new ReopenRoundCommand(
        ROUND,
        LANZHOU,
        2026,
        until,
        "audit correction",
        new Submitter("zhao.min", null, at),
        WINDOW);
  }

  private static RoundReopenedEvent reopened(Instant until) {
    return new RoundReopenedEvent(
        ROUND, LANZHOU, 2026, until, "audit correction", "zhao.min", LATE);
  }

  private static ScoreRecordedEvent recorded(String value, String previous, String reason) {
    return event(ECONOMY, null, null, value, previous, reason);
  }

  private static ScoreRecordedEvent event(
      IndicatorCode indicator,
      CadreCode cadre,
      String period,
      String value,
      String previous,
      String reason) {
    return new ScoreRecordedEvent(
        ROUND,
        LANZHOU,
        2026,
        indicator,
        cadre,
        period,
        new BigDecimal(value),
        previous == null ? null : new BigDecimal(previous),
        "li.wei",
        STATS,
        AT,
        reason);
  }
}
