package org.kaohe.assessment.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.round.query.CalendarView;
import org.kaohe.assessment.round.query.RecordedInput.Evaluation;
import org.kaohe.assessment.round.query.RecordedInput.Finding;
import org.kaohe.assessment.round.query.RecordedInput.Rating;
import org.kaohe.assessment.round.query.RecordedInput.Recording;
import org.kaohe.assessment.round.query.RecordedInput.Score;
import org.kaohe.assessment.round.query.RoundView;
import org.kaohe.assessment.veto.domain.VetoStatus;
import org.kaohe.assessment.veto.query.VetoCaseView;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;

class ReadAccessTest {
  private static final ReadAccess ACCESS =
      new ReadAccess(
          ReferenceFiles.shipped(),
          new InputRules(
              Set.of("PROV-ORG"),
              Set.of("PROV-ORG"),
              List.of("CADRES"),
              Map.of("AUDIT", Set.of("PROV-AUDIT")),
              List.of("MINOR", "SERIOUS", "GRAVE"),
              BigDecimal.TEN),
          Set.of("PROV-ORG"));

  @Test
  void auditorsAdministratorsAndOversightAgenciesOverseeEveryRound() {
    assertThat(reader(Role.AUDITOR, null).overseer()).isTrue();
    assertThat(reader(Role.ADMIN, null).overseer()).isTrue();
    assertThat(reader(Role.ADMIN, "PROV-STATS").overseer()).isTrue();
    assertThat(reader(Role.AGENCY, "PROV-ORG").overseer()).isTrue();
    assertThat(reader(Role.AGENCY, "PROV-STATS").overseer()).isFalse();
  }

  @Test
  void anAgencyReadsTheRoundsOfUnitsItIsResponsibleForOnly() {
    assertThat(ACCESS.refusalOfRound(reader(Role.AGENCY, "PROV-STATS"), "620300", 2026)).isEmpty();
    assertThat(ACCESS.refusalOfRound(reader(Role.AGENCY, "PROV-STATS"), "GS-E03", 2026))
        .contains(
            "agency PROV-STATS is responsible for no input of unit GS-E03 in 2026, so it may not"
                + " read that round");
    assertThat(ACCESS.refusalOfRound(reader(Role.AGENCY, "PROV-FINANCE"), "GS-E03", 2026))
        .isEmpty();
  }

  @Test
  void anAgencyThatReportsFindingsReadsEveryUnitsRound() {
    assertThat(ACCESS.refusalOfRound(reader(Role.AGENCY, "PROV-AUDIT"), "GS-E03", 2026)).isEmpty();
  }

  @Test
  void anAgencyTokenWithoutAnAgencyReadsNoRound() {
    assertThat(ACCESS.refusalOfRound(reader(Role.AGENCY, null), "620300", 2026))
        .contains("an agency's token must name its agency to read a round");
  }

  @Test
  void anAgencySeesOnlyItsOwnInputsAndTheRestOfTheRoundWhole() {
    RoundView round =
        new RoundView(
            "620300-2026",
            "620300",
            "金昌市",
            2026,
            new CalendarView("2026-01-01", "2027-03-31", "2027-04-01T00:00:00Z", "OPEN"),
            null,
            Map.of(
                "HQD-ECONOMY", score("HQD-ECONOMY", "PROV-STATS"),
                "ECOLOGY", score("ECOLOGY", "PROV-ENV")),
            Map.of("UNIT", new Rating(null, "GOOD", "talks", recorded("PROV-ORG"))),
            Map.of(
                "UNIT:CADRES",
                new Evaluation(null, "CADRES", 10, Map.of("GOOD", 10), 0, recorded("PROV-ORG"))),
            Map.of(
                "PROV-AUDIT:A-1",
                new Finding(null, "AUDIT", "MINOR", "late", null, recorded("PROV-AUDIT"))),
            new RoundView.Completeness(false, 5, 3, Map.of()));

    RoundView seen = ACCESS.restrict(round, reader(Role.AGENCY, "PROV-ENV"));

    assertThat(seen.scores()).containsOnlyKeys("ECOLOGY");
    assertThat(seen.ratings()).isEmpty();
    assertThat(seen.evaluations()).isEmpty();
    assertThat(seen.findings()).isEmpty();
    assertThat(seen.calendar()).isEqualTo(round.calendar());
    assertThat(seen.completeness()).isEqualTo(round.completeness());
    assertThat(ACCESS.restrict(round, reader(Role.AUDITOR, null))).isEqualTo(round);
  }

  @Test
  void aVetoCaseIsItsProposersAndItsCompetentDepartmentsAndTheOverseers() {
    VetoCaseView proposed =
        new VetoCaseView(
            "veto:620300:2026:VETO-ECOLOGY",
            "620300",
            2026,
            "VETO-ECOLOGY",
            "PROV-ENV",
            VetoStatus.PROPOSED,
            null,
            null,
            List.of(
                new VetoCaseView.Step(
                    VetoStatus.PROPOSED,
                    "sun.li",
                    "PROV-INSPECTION",
                    Instant.parse("2026-12-01T00:00:00Z"),
                    "river polluted",
                    null,
                    null)));

    assertThat(ACCESS.mayRead(reader(Role.AGENCY, "PROV-INSPECTION"), proposed)).isTrue();
    assertThat(ACCESS.mayRead(reader(Role.AGENCY, "PROV-ENV"), proposed)).isTrue();
    assertThat(ACCESS.mayRead(reader(Role.AGENCY, "PROV-ORG"), proposed)).isTrue();
    assertThat(ACCESS.mayRead(reader(Role.AUDITOR, null), proposed)).isTrue();
    assertThat(ACCESS.mayRead(reader(Role.AGENCY, "PROV-STATS"), proposed)).isFalse();
  }

  @Test
  void anAgencyReadsItsOwnWorkAndOverseersReadAnyones() {
    assertThat(ACCESS.mayReadWorkOf(reader(Role.AGENCY, "PROV-STATS"), "PROV-STATS")).isTrue();
    assertThat(ACCESS.mayReadWorkOf(reader(Role.AGENCY, "PROV-ENV"), "PROV-STATS")).isFalse();
    assertThat(ACCESS.mayReadWorkOf(reader(Role.AGENCY, "PROV-ORG"), "PROV-STATS")).isTrue();
  }

  private static Score score(String indicator, String agency) {
    return new Score(indicator, null, null, new BigDecimal("80"), recorded(agency));
  }

  private static Recording recorded(String agency) {
    return new Recording("someone", agency, "2026-12-01T00:00:00Z", 1);
  }

  private static Reader reader(Role role, String agency) {
    return ACCESS.reader(new Caller("someone", Optional.ofNullable(agency), Set.of(role)));
  }
}
