package org.kaohe.assessment.round.domain;

import static org.kaohe.assessment.round.domain.LanzhouRound.AT;
import static org.kaohe.assessment.round.domain.LanzhouRound.LANZHOU;
import static org.kaohe.assessment.round.domain.LanzhouRound.PRINCIPAL;
import static org.kaohe.assessment.round.domain.LanzhouRound.ROUND;
import static org.kaohe.assessment.round.domain.LanzhouRound.WINDOW;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;

/** The round's inputs besides scores: ratings, democratic evaluations, findings. */
class UnitRoundInputsTest {
  private static final AgencyCode ORG = new AgencyCode("PROV-ORG");
  private static final AgencyCode AUDIT = new AgencyCode("PROV-AUDIT");
  private static final Map<String, Integer> COUNTS = Map.of("EXCELLENT", 70, "GOOD", 40);

  private AggregateTestFixture<UnitRound> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(UnitRound.class);
  }

  @Test
  void firstPoliticalRatingOfACadreIsRecordedWithItsBasis() {
    fixture
        .givenNoPriorActivity()
        .when(rate(PRINCIPAL, PoliticalRating.FAIRLY_GOOD, null, AT))
        .expectEvents(rated(PRINCIPAL, PoliticalRating.FAIRLY_GOOD, null, null))
        .expectResultMessagePayload(true);
  }

  @Test
  void changingARatingWithoutAReasonConflictsWithTheCurrentRating() {
    fixture
        .given(rated(null, PoliticalRating.GOOD, null, null))
        .when(rate(null, PoliticalRating.AVERAGE, null, AT))
        .expectNoEvents()
        .expectException(InputConflict.class)
        .expectExceptionMessage(
            "the political-quality rating of the unit is already recorded; to replace it, give a"
                + " reason");
  }

  @Test
  void changingARatingWithAReasonKeepsThePreviousRating() {
    fixture
        .given(rated(null, PoliticalRating.GOOD, null, null))
        .when(rate(null, PoliticalRating.AVERAGE, "inspection tour findings", AT))
        .expectEvents(
            rated(null, PoliticalRating.AVERAGE, PoliticalRating.GOOD, "inspection tour findings"));
  }

  @Test
  void theSameRatingAgainStoresNothing() {
    fixture
        .given(rated(null, PoliticalRating.GOOD, null, null))
        .when(rate(null, PoliticalRating.GOOD, null, AT))
        .expectNoEvents()
        .expectResultMessagePayload(false);
  }

  @Test
  void ratingAfterTheDeadlineIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(rate(null, PoliticalRating.GOOD, null, Instant.parse("2027-04-02T00:00:00Z")))
        .expectNoEvents()
        .expectException(RoundClosed.class);
  }

  @Test
  void eachRaterGroupsEvaluationIsRecordedSeparately() {
    fixture
        .given(evaluated("CADRES", COUNTS, false, null))
        .when(evaluate("LEADERSHIP-MEMBERS", COUNTS, null))
        .expectEvents(evaluated("LEADERSHIP-MEMBERS", COUNTS, false, null));
  }

  @Test
  void replacingAGroupsTallyNeedsAReasonAndSaysItReplacesTheEarlierOne() {
    Map<String, Integer> recounted = Map.of("EXCELLENT", 69, "GOOD", 41);
    fixture
        .given(evaluated("CADRES", COUNTS, false, null))
        .when(evaluate("CADRES", recounted, null))
        .expectException(InputConflict.class);
    fixture
        .given(evaluated("CADRES", COUNTS, false, null))
        .when(evaluate("CADRES", recounted, "recount"))
        .expectEvents(evaluated("CADRES", recounted, true, "recount"));
  }

  @Test
  void aTallyCannotCountMoreGradesThanBallots() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new DemocraticTally(100, Map.of("GOOD", 101), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findingIsRecordedOnceAndTheSameFindingAgainStoresNothing() {
    fixture
        .givenNoPriorActivity()
        .when(finding("AUDIT-2026-0147", "SERIOUS"))
        .expectEvents(found("AUDIT-2026-0147", "SERIOUS"));
    fixture
        .given(found("AUDIT-2026-0147", "SERIOUS"))
        .when(finding("AUDIT-2026-0147", "SERIOUS"))
        .expectNoEvents()
        .expectResultMessagePayload(false);
  }

  @Test
  void findingIdReusedForADifferentFindingConflicts() {
    fixture
        .given(found("AUDIT-2026-0147", "SERIOUS"))
        .when(finding("AUDIT-2026-0147", "GRAVE"))
        .expectNoEvents()
        .expectException(InputConflict.class)
        .expectExceptionMessage(
            "finding AUDIT-2026-0147 is already recorded and says something else; a finding is"
                + " not edited, record a new one");
  }

  @Test
  void anotherAgencysFindingUnderTheSameIdIsRecordedAsItsOwn() {
    Finding petition = new Finding(null, "PETITION", "MINOR", "complaints unanswered", null);
    Submitter petitions = new Submitter("zhou.yan", new AgencyCode("PROV-PETITIONS"), AT);
    fixture
        .given(found("AUDIT-2026-0147", "GRAVE"))
        .when(
            new RecordFindingCommand(
                ROUND, LANZHOU, 2026, "AUDIT-2026-0147", petition, petitions, WINDOW))
        .expectEvents(
            new FindingRecordedEvent(
                ROUND,
                LANZHOU,
                2026,
                null,
                "AUDIT-2026-0147",
                "PETITION",
                "MINOR",
                "complaints unanswered",
                null,
                "zhou.yan",
                new AgencyCode("PROV-PETITIONS"),
                AT));
  }

  private static RatePoliticalQualityCommand rate(
      CadreCode cadre, PoliticalRating rating, String reason, Instant at) {
    return new RatePoliticalQualityCommand(
        ROUND,
        LANZHOU,
        2026,
        cadre,
        rating,
        "democratic appraisal and talks",
        reason,
        new Submitter("zhang.min", ORG, at),
        WINDOW);
  }

  private static PoliticalQualityRatedEvent rated(
      CadreCode cadre, PoliticalRating rating, PoliticalRating previous, String reason) {
    return new PoliticalQualityRatedEvent(
        ROUND,
        LANZHOU,
        2026,
        cadre,
        rating,
        "democratic appraisal and talks",
        previous,
        "zhang.min",
        ORG,
        AT,
        reason);
  }

  private static RecordDemocraticEvaluationCommand evaluate(
      String group, Map<String, Integer> counts, String reason) {
    return new RecordDemocraticEvaluationCommand(
        ROUND,
        LANZHOU,
        2026,
        null,
        group,
        new DemocraticTally(120, counts, 3),
        reason,
        new Submitter("zhang.min", ORG, AT),
        WINDOW);
  }

  private static DemocraticEvaluationRecordedEvent evaluated(
      String group, Map<String, Integer> counts, boolean replaces, String reason) {
    return new DemocraticEvaluationRecordedEvent(
        ROUND,
        LANZHOU,
        2026,
        null,
        group,
        120,
        new java.util.TreeMap<>(counts),
        3,
        replaces,
        "zhang.min",
        ORG,
        AT,
        reason);
  }

  private static RecordFindingCommand finding(String id, String severity) {
    return new RecordFindingCommand(
        ROUND,
        LANZHOU,
        2026,
        id,
        new Finding(null, "AUDIT", severity, "special funds diverted", new BigDecimal("1.5")),
        new Submitter("sun.li", AUDIT, AT),
        WINDOW);
  }

  private static FindingRecordedEvent found(String id, String severity) {
    return new FindingRecordedEvent(
        ROUND,
        LANZHOU,
        2026,
        null,
        id,
        "AUDIT",
        severity,
        "special funds diverted",
        new BigDecimal("1.5"),
        "sun.li",
        AUDIT,
        AT);
  }
}
