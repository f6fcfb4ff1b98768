package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.assessment.audit.KnownChanges.ROUND;
import static org.kaohe.assessment.audit.KnownChanges.START;
import static org.kaohe.assessment.audit.KnownChanges.history;
import static org.kaohe.assessment.audit.KnownChanges.hoursAfterStart;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundHistoryAsOfTest {

  @Test
  void asOfASequenceIncludesThatChangeAndNoLaterOne() {
    RoundAsOf round = history().asOf(new AsOf.AtSequence(1));

    assertThat(round.roundId()).isEqualTo(ROUND);
    assertThat(round.lastSequence()).isEqualTo(1);
    assertThat(round.scores()).containsOnlyKeys("HQD-ECONOMY", "PARTY-BUILDING");
    assertThat(round.scores().get("HQD-ECONOMY").value()).isEqualByComparingTo("80");
  }

  @Test
  void aCadresHalfYearScoresStandBesideTheUnitsOwn() {
    RoundHistory history =
        new RoundHistory(
            ROUND,
            List.of(
                halfYear(0, null, "H1", "88"),
                halfYear(1, "C-620100-1", "H1", "93"),
                halfYear(2, "C-620100-1", "H2", "90")));

    assertThat(history.asOf(new AsOf.AtSequence(2)).scores())
        .containsOnlyKeys(
            "REGULAR-HALF-YEAR/H1",
            "REGULAR-HALF-YEAR@C-620100-1/H1",
            "REGULAR-HALF-YEAR@C-620100-1/H2");
  }

  private static RecordedChange halfYear(long sequence, String cadre, String period, String value) {
    return new RecordedChange(
        sequence,
        "event-" + sequence,
        "REGULAR-HALF-YEAR",
        cadre,
        period,
        null,
        new BigDecimal(value),
        "zhang.min",
        "PROV-ORG",
        hoursAfterStart((int) sequence),
        null,
        null);
  }

  @Test
  void aCorrectionReplacesTheScoreItCorrectedFromItsSequenceOn() {
    ScoreAsOf economy = history().asOf(new AsOf.AtSequence(2)).scores().get("HQD-ECONOMY");

    assertThat(economy.value()).isEqualByComparingTo("85");
    assertThat(economy.sequence()).isEqualTo(2);
    assertThat(economy.recordedBy()).isEqualTo("li.wei");
    assertThat(economy.agency()).isEqualTo("PROV-STATS");
    assertThat(economy.recordedAt()).isEqualTo(hoursAfterStart(2));
  }

  @Test
  void asOfAnInstantIncludesAChangeRecordedExactlyThen() {
    RoundAsOf round = history().asOf(new AsOf.AtInstant(hoursAfterStart(2)));

    assertThat(round.lastSequence()).isEqualTo(2);
    assertThat(round.scores().get("HQD-ECONOMY").value()).isEqualByComparingTo("85");
  }

  @Test
  void asOfAnInstantBetweenTwoChangesIncludesOnlyTheEarlierOne() {
    RoundAsOf round = history().asOf(new AsOf.AtInstant(hoursAfterStart(2).minusMillis(1)));

    assertThat(round.lastSequence()).isEqualTo(1);
    assertThat(round.scores().get("HQD-ECONOMY").value()).isEqualByComparingTo("80");
    assertThat(round.scores().get("HQD-ECONOMY").sequence()).isZero();
  }

  @Test
  void asOfAPointPastTheLastChangeIsTheCurrentRound() {
    RoundAsOf round = history().asOf(new AsOf.AtSequence(99));

    assertThat(round.lastSequence()).isEqualTo(3);
    assertThat(round.scores()).containsOnlyKeys("ECOLOGY", "HQD-ECONOMY", "PARTY-BUILDING");
    assertThat(round.asOf()).isEqualTo(new AsOf.AtSequence(99));
  }

  @Test
  void scoresAreListedByIndicatorCode() {
    assertThat(history().asOf(new AsOf.AtSequence(3)).scores().keySet())
        .containsExactly("ECOLOGY", "HQD-ECONOMY", "PARTY-BUILDING");
  }

  @Test
  void beforeTheFirstChangeTheRoundHadNoRecordedInputs() {
    assertThatThrownBy(() -> history().asOf(new AsOf.AtInstant(START.minusSeconds(1))))
        .isInstanceOf(NoRecordedInputs.class)
        .hasMessage("round 620100-2026 had no recorded inputs at 2026-12-01T08:59:59Z");
  }

  @Test
  void aRoundWithoutChangesHasNoRecordedInputsAtAnyPoint() {
    assertThatThrownBy(
            () -> new RoundHistory("620200-2026", List.of()).asOf(new AsOf.AtSequence(0)))
        .isInstanceOf(NoRecordedInputs.class)
        .hasMessage("no recorded inputs for round 620200-2026");
  }

  @Test
  void changesGivenOutOfOrderAreReplayedInSequenceOrder() {
    RoundHistory shuffled =
        new RoundHistory(
            ROUND, List.of(KnownChanges.ECONOMY_CORRECTED, KnownChanges.ECONOMY_FIRST));

    assertThat(shuffled.asOf(new AsOf.AtSequence(2)).scores().get("HQD-ECONOMY").value())
        .isEqualByComparingTo("85");
    assertThat(shuffled.matching(HistoryFilter.EVERYTHING))
        .extracting(RecordedChange::sequence)
        .containsExactly(0L, 2L);
  }
}
