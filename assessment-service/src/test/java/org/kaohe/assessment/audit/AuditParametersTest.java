package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

class AuditParametersTest {

  @Test
  void aUnitCodeAndYearNameTheRound() {
    AuditParameters parameters = new AuditParameters();

    assertThat(parameters.roundId("620100", "2026")).isEqualTo("620100-2026");
    parameters.throwIfInvalid();
  }

  @Test
  void aMalformedUnitCodeIsNamedWithItsExpectedFormat() {
    assertInvalid(
        parameters -> parameters.roundId("lanzhou", "2026"),
        "unitCode",
        "unitCode must be a unit code such as 620100 or GS-D01 (2-32 upper-case letters, digits"
            + " or '-'), got: lanzhou");
  }

  @Test
  void aYearOutside2000To2100IsRejected() {
    assertInvalid(
        parameters -> parameters.roundId("620100", "1999"),
        "year",
        "year must be a year from 2000 to 2100, got: 1999");
    assertInvalid(
        parameters -> parameters.roundId("620100", "2101"),
        "year",
        "year must be a year from 2000 to 2100, got: 2101");
    assertInvalid(
        parameters -> parameters.roundId("620100", "next"),
        "year",
        "year must be a year from 2000 to 2100, got: next");
  }

  @Test
  void filtersNotGivenMatchEverything() {
    assertThat(new AuditParameters().filter(null, null, null, null))
        .isEqualTo(HistoryFilter.EVERYTHING);
  }

  @Test
  void filtersAreReadFromTheirTextFormsAndInstantsMayCarryAnOffset() {
    AuditParameters parameters = new AuditParameters();

    assertThat(
            parameters.filter(
                "HQD-ECONOMY", "PROV-STATS", "2026-12-01T09:00:00Z", "2026-12-01T11:00:00+01:00"))
        .isEqualTo(
            new HistoryFilter(
                "HQD-ECONOMY",
                "PROV-STATS",
                Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z")));
    parameters.throwIfInvalid();
  }

  @Test
  void aMalformedIndicatorOrAgencyIsRejected() {
    assertInvalid(
        parameters -> parameters.filter("hqd-economy", null, null, null),
        "indicator",
        "indicator must be an indicator code such as HQD-ECONOMY, got: hqd-economy");
    assertInvalid(
        parameters -> parameters.filter(null, "stats", null, null),
        "agency",
        "agency must be an agency code such as PROV-STATS, got: stats");
  }

  @Test
  void aTimeThatIsNotAnInstantIsRejected() {
    assertInvalid(
        parameters -> parameters.filter(null, null, "2026-12-01", null),
        "from",
        "from must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, got: 2026-12-01");
    assertInvalid(
        parameters -> parameters.filter(null, null, null, "yesterday"),
        "to",
        "to must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, got: yesterday");
  }

  @Test
  void fromMustBeBeforeTo() {
    assertInvalid(
        parameters -> parameters.filter(null, null, "2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z"),
        "",
        "from must be before to, got from=2026-12-01T09:00:00Z and to=2026-12-01T09:00:00Z");
  }

  @Test
  void kindsAreRepeatedOrSeparatedByCommas() {
    AuditParameters parameters = new AuditParameters();

    assertThat(parameters.kinds(List.of("POLITICAL_RATING,FINDING", "REOPENING")))
        .isEqualTo(Set.of(InputKind.POLITICAL_RATING, InputKind.FINDING, InputKind.REOPENING));
    parameters.throwIfInvalid();
  }

  @Test
  void noKindsGivenIsEveryKind() {
    assertThat(new AuditParameters().kinds(null)).isEmpty();
    assertThat(HistoryFilter.EVERYTHING.ofKinds(new AuditParameters().kinds(null)))
        .isEqualTo(HistoryFilter.EVERYTHING);
  }

  @Test
  void anUnknownKindIsNamedWithTheKindsThereAre() {
    assertInvalid(
        parameters -> parameters.kinds(List.of("SCORE,RATING")),
        "kind",
        "kind must be one of SCORE, POLITICAL_RATING, DEMOCRATIC_EVALUATION, FINDING, REOPENING,"
            + " got: RATING");
    assertInvalid(
        parameters -> parameters.kinds(List.of("score")),
        "kind",
        "kind must be one of SCORE, POLITICAL_RATING, DEMOCRATIC_EVALUATION, FINDING, REOPENING,"
            + " got: score");
  }

  @Test
  void pagingDefaultsToTheFirstFiftyItems() {
    assertThat(new AuditParameters().paging(null, null)).isEqualTo(new Paging(0, 50));
    assertThat(new AuditParameters().paging("3", "500")).isEqualTo(new Paging(3, 500));
  }

  @Test
  void aNegativePageOrAnOutOfRangeSizeIsRejected() {
    assertInvalid(
        parameters -> parameters.paging("-1", null),
        "page",
        "page must be a whole number from 0, got: -1");
    assertInvalid(
        parameters -> parameters.paging(null, "501"),
        "size",
        "size must be a whole number from 1 to 500, got: 501");
    assertInvalid(
        parameters -> parameters.paging(null, "0"),
        "size",
        "size must be a whole number from 1 to 500, got: 0");
    assertInvalid(
        parameters -> parameters.paging("first", null),
        "page",
        "page must be a whole number from 0, got: first");
  }

  @Test
  void asOfTakesAnInstantOrASequence() {
    assertThat(new AuditParameters().asOf("2026-12-01T09:00:00Z", null))
        .isEqualTo(new AsOf.AtInstant(Instant.parse("2026-12-01T09:00:00Z")));
    assertThat(new AuditParameters().asOf(null, "3")).isEqualTo(new AsOf.AtSequence(3));
  }

  @Test
  void asOfNeedsExactlyOneOfInstantAndSequence() {
    assertInvalid(
        parameters -> parameters.asOf(null, null),
        "",
        "as-of needs at (an ISO-8601 instant such as 2026-12-01T09:00:00Z) or sequence (an event"
            + " sequence number)");
    assertInvalid(
        parameters -> parameters.asOf("2026-12-01T09:00:00Z", "3"),
        "",
        "give either at or sequence, not both");
  }

  @Test
  void aNegativeOrMalformedSequenceIsRejected() {
    assertInvalid(
        parameters -> parameters.asOf(null, "-1"),
        "sequence",
        "sequence must be a whole number from 0, got: -1");
    assertInvalid(
        parameters -> parameters.asOf("noon", null),
        "at",
        "at must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, got: noon");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    AuditParameters parameters = new AuditParameters();
    parameters.roundId("lanzhou", "1999");
    parameters.paging(null, "1000");

    assertThatThrownBy(parameters::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid ->
                assertThat(invalid.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("unitCode", "year", "size"))
        .hasMessageContaining("got: lanzhou; year must be")
        .hasMessageEndingWith("size must be a whole number from 1 to 500, got: 1000");
  }

  private static void assertInvalid(Consumer<AuditParameters> read, String field, String message) {
    AuditParameters parameters = new AuditParameters();
    read.accept(parameters);

    assertThatThrownBy(parameters::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid ->
                assertThat(invalid.violations())
                    .containsExactly(new FieldViolation(field, message)))
        .hasMessage(message);
  }
}
