package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.assessment.audit.KnownChanges.CADRE;
import static org.kaohe.assessment.audit.KnownChanges.FINDING_ID;
import static org.kaohe.assessment.audit.KnownChanges.RERATING_REASON;
import static org.kaohe.assessment.audit.KnownChanges.ROUND;
import static org.kaohe.assessment.audit.KnownChanges.START;
import static org.kaohe.assessment.audit.KnownChanges.everyKind;
import static org.kaohe.assessment.audit.KnownChanges.history;
import static org.kaohe.assessment.audit.KnownChanges.hoursAfterStart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.events.assessment.PoliticalRating;

class RoundHistoryAsOfTest {
  private static final String AUDIT_FINDING = "PROV-AUDIT:" + FINDING_ID;

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

  @Test
  void everyKindOfInputStandsAsTheRoundHadIt() {
    RoundAsOf round = everyKind().asOf(new AsOf.AtSequence(3));

    assertThat(round.lastSequence()).isEqualTo(3);
    assertThat(round.scores()).containsOnlyKeys("HQD-ECONOMY");
    assertThat(round.ratings()).containsOnlyKeys("UNIT");
    assertThat(round.ratings().get("UNIT").input().rating()).isEqualTo(PoliticalRating.GOOD);
    assertThat(round.evaluations()).containsOnlyKeys(CADRE + ":CADRES");
    assertThat(round.findings()).containsOnlyKeys(AUDIT_FINDING);
    assertThat(round.findings().get(AUDIT_FINDING).input().finding().severity())
        .isEqualTo("SERIOUS");
    assertThat(round.findings().get(AUDIT_FINDING).agency()).isEqualTo("PROV-AUDIT");
    assertThat(round.reopened()).isNull();
  }

  @Test
  void aLaterRatingOfTheSameSubjectReplacesTheEarlierOneWithItsReason() {
    InputAsOf<RatingChange> rating = everyKind().asOf(new AsOf.AtSequence(4)).ratings().get("UNIT");

    assertThat(rating.input().rating()).isEqualTo(PoliticalRating.AVERAGE);
    assertThat(rating.input().previousRating()).isEqualTo(PoliticalRating.GOOD);
    assertThat(rating.sequence()).isEqualTo(4);
    assertThat(rating.reason()).isEqualTo(RERATING_REASON);
    assertThat(rating.recordedBy()).isEqualTo("zhang.min");
    assertThat(rating.recordedAt()).isEqualTo(hoursAfterStart(4));
  }

  @Test
  void aRaterGroupsLaterTallyReplacesItsEarlierOne() {
    assertThat(everyKind().asOf(new AsOf.AtSequence(4)).evaluations().get(CADRE + ":CADRES"))
        .satisfies(
            evaluation -> {
              assertThat(evaluation.input().tally().ballots()).isEqualTo(40);
              assertThat(evaluation.sequence()).isEqualTo(2);
            });
    assertThat(everyKind().asOf(new AsOf.AtSequence(5)).evaluations().get(CADRE + ":CADRES"))
        .satisfies(
            evaluation -> {
              assertThat(evaluation.input().tally().ballots()).isEqualTo(41);
              assertThat(evaluation.input().tally().gradeCounts()).containsEntry("EXCELLENT", 31);
              assertThat(evaluation.input().replacesEarlier()).isTrue();
              assertThat(evaluation.sequence()).isEqualTo(5);
            });
  }

  @Test
  void theSameFindingRecordedAgainChangesNothing() {
    RoundAsOf round = everyKind().asOf(new AsOf.AtSequence(6));

    assertThat(round.findings()).containsOnlyKeys(AUDIT_FINDING);
    assertThat(round.findings().get(AUDIT_FINDING).sequence()).isEqualTo(3);
    assertThat(round.lastSequence()).isEqualTo(6);
  }

  @Test
  void anotherAgencysFindingUnderTheSameIdIsAnotherFinding() {
    RecordedChange petitions =
        new RecordedChange(
            4,
            "event-4",
            new FindingChange(
                FINDING_ID, new Finding(null, "PETITION", "MINOR", "complaints unanswered", null)),
            "zhou.yan",
            "PROV-PETITIONS",
            hoursAfterStart(4),
            null,
            null);
    RoundHistory history =
        new RoundHistory(ROUND, List.of(KnownChanges.FINDING_RECORDED, petitions));

    RoundAsOf round = history.asOf(new AsOf.AtSequence(4));

    assertThat(round.findings()).containsOnlyKeys(AUDIT_FINDING, "PROV-PETITIONS:" + FINDING_ID);
    assertThat(round.findings().get(AUDIT_FINDING).input().finding().source()).isEqualTo("AUDIT");
    assertThat(round.findings().get("PROV-PETITIONS:" + FINDING_ID).input().finding().source())
        .isEqualTo("PETITION");
  }

  @Test
  void theLatestReopeningStandsWithWhoReopenedAndWhy() {
    InputAsOf<ReopeningChange> first = everyKind().asOf(new AsOf.AtSequence(7)).reopened();
    InputAsOf<ReopeningChange> latest = everyKind().asOf(new AsOf.AtSequence(8)).reopened();

    assertThat(first.input().until()).isEqualTo(Instant.parse("2027-04-10T00:00:00Z"));
    assertThat(first.recordedBy()).isEqualTo("chen.jie");
    assertThat(first.agency()).isNull();
    assertThat(first.reason()).isEqualTo("the audit finding needs a corrected score");
    assertThat(latest.input().until()).isEqualTo(Instant.parse("2027-04-20T00:00:00Z"));
    assertThat(latest.sequence()).isEqualTo(8);
  }

  @Test
  void aRoundThatWasOnlyReopenedHasRecordedInputs() {
    RoundHistory reopenedOnly = new RoundHistory(ROUND, List.of(KnownChanges.REOPENED));

    RoundAsOf round = reopenedOnly.asOf(new AsOf.AtSequence(7));

    assertThat(round.scores()).isEmpty();
    assertThat(round.ratings()).isEmpty();
    assertThat(round.evaluations()).isEmpty();
    assertThat(round.findings()).isEmpty();
    assertThat(round.reopened().sequence()).isEqualTo(7);
  }

  @Test
  void beforeItsFirstInputOfAnyKindTheRoundHadNone() {
    assertThatThrownBy(() -> everyKind().asOf(new AsOf.AtInstant(START.minusMillis(1))))
        .isInstanceOf(NoRecordedInputs.class)
        .hasMessage("round 620100-2026 had no recorded inputs at 2026-12-01T08:59:59.999Z");
  }
}
