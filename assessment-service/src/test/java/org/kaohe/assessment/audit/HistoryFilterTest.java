package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.assessment.audit.KnownChanges.CADRE_EVALUATED;
import static org.kaohe.assessment.audit.KnownChanges.CADRE_REEVALUATED;
import static org.kaohe.assessment.audit.KnownChanges.ECOLOGY;
import static org.kaohe.assessment.audit.KnownChanges.ECONOMY_CORRECTED;
import static org.kaohe.assessment.audit.KnownChanges.ECONOMY_FIRST;
import static org.kaohe.assessment.audit.KnownChanges.EVERY_KIND;
import static org.kaohe.assessment.audit.KnownChanges.FINDING_RECORDED;
import static org.kaohe.assessment.audit.KnownChanges.FINDING_REPEATED;
import static org.kaohe.assessment.audit.KnownChanges.PARTY;
import static org.kaohe.assessment.audit.KnownChanges.REOPENED;
import static org.kaohe.assessment.audit.KnownChanges.REOPENED_LONGER;
import static org.kaohe.assessment.audit.KnownChanges.UNIT_RATED;
import static org.kaohe.assessment.audit.KnownChanges.UNIT_RERATED;
import static org.kaohe.assessment.audit.KnownChanges.everyKind;
import static org.kaohe.assessment.audit.KnownChanges.history;
import static org.kaohe.assessment.audit.KnownChanges.hoursAfterStart;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.domain.InputKind;

class HistoryFilterTest {

  @Test
  void withoutCriteriaEveryChangeIsListedOldestFirst() {
    assertThat(history().matching(HistoryFilter.EVERYTHING))
        .containsExactly(ECONOMY_FIRST, PARTY, ECONOMY_CORRECTED, ECOLOGY);
  }

  @Test
  void anIndicatorKeepsOnlyItsChangesIncludingCorrections() {
    assertThat(history().matching(new HistoryFilter("HQD-ECONOMY", null, null, null)))
        .containsExactly(ECONOMY_FIRST, ECONOMY_CORRECTED);
  }

  @Test
  void anAgencyKeepsOnlyTheChangesItRecorded() {
    assertThat(history().matching(new HistoryFilter(null, "PROV-ENV", null, null)))
        .containsExactly(ECOLOGY);
  }

  @Test
  void fromIsInclusiveAndToIsExclusive() {
    HistoryFilter secondHourOnly =
        new HistoryFilter(null, null, hoursAfterStart(1), hoursAfterStart(2));

    assertThat(history().matching(secondHourOnly)).containsExactly(PARTY);
  }

  @Test
  void criteriaCombine() {
    HistoryFilter statsFromTheSecondHour =
        new HistoryFilter("HQD-ECONOMY", "PROV-STATS", hoursAfterStart(1), null);

    assertThat(history().matching(statsFromTheSecondHour)).containsExactly(ECONOMY_CORRECTED);
  }

  @Test
  void criteriaThatMatchNothingGiveAnEmptyList() {
    assertThat(history().matching(new HistoryFilter("UNKNOWN", null, null, null))).isEmpty();
  }

  @Test
  void aRoundWithoutChangesHasNoRecordedInputs() {
    assertThatThrownBy(
            () -> new RoundHistory("620200-2026", List.of()).matching(HistoryFilter.EVERYTHING))
        .isInstanceOf(NoRecordedInputs.class)
        .hasMessage("no recorded inputs for round 620200-2026");
  }

  @Test
  void everyKindOfChangeIsListedOldestFirst() {
    assertThat(everyKind().matching(HistoryFilter.EVERYTHING))
        .containsExactlyElementsOf(EVERY_KIND);
    assertThat(everyKind().matching(HistoryFilter.EVERYTHING))
        .extracting(RecordedChange::kind)
        .containsExactly(
            InputKind.SCORE,
            InputKind.POLITICAL_RATING,
            InputKind.DEMOCRATIC_EVALUATION,
            InputKind.FINDING,
            InputKind.POLITICAL_RATING,
            InputKind.DEMOCRATIC_EVALUATION,
            InputKind.FINDING,
            InputKind.REOPENING,
            InputKind.REOPENING);
  }

  @Test
  void kindsKeepOnlyTheirChangesIncludingCorrectionsAndRepetitions() {
    HistoryFilter ratingsAndFindings =
        HistoryFilter.EVERYTHING.ofKinds(Set.of(InputKind.POLITICAL_RATING, InputKind.FINDING));

    assertThat(everyKind().matching(ratingsAndFindings))
        .containsExactly(UNIT_RATED, FINDING_RECORDED, UNIT_RERATED, FINDING_REPEATED);
    assertThat(everyKind().matching(HistoryFilter.EVERYTHING.ofKinds(Set.of(InputKind.REOPENING))))
        .containsExactly(REOPENED, REOPENED_LONGER);
  }

  @Test
  void anIndicatorMatchesOnlyScores() {
    assertThat(everyKind().matching(new HistoryFilter("HQD-ECONOMY", null, null, null)))
        .containsExactly(ECONOMY_FIRST);
    assertThat(
            everyKind()
                .matching(
                    new HistoryFilter("HQD-ECONOMY", null, null, null)
                        .ofKinds(Set.of(InputKind.FINDING))))
        .isEmpty();
  }

  @Test
  void anAgencyKeepsItsInputsOfEveryKindAndNeverAReopening() {
    assertThat(everyKind().matching(new HistoryFilter(null, "PROV-ORG", null, null)))
        .containsExactly(UNIT_RATED, CADRE_EVALUATED, UNIT_RERATED, CADRE_REEVALUATED);
  }

  @Test
  void noKindsGivenIsEveryKind() {
    assertThat(HistoryFilter.EVERYTHING.ofKinds(null)).isEqualTo(HistoryFilter.EVERYTHING);
    assertThat(HistoryFilter.EVERYTHING.ofKinds(Set.of())).isEqualTo(HistoryFilter.EVERYTHING);
  }
}
