package org.kaohe.assessment.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.application.InputRules;
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
    Document round =
        new Document("unitCode", "620300")
            .append("calendar", new Document("status", "OPEN"))
            .append(
                "scores",
                new Document("HQD-ECONOMY", input("PROV-STATS"))
                    .append("ECOLOGY", input("PROV-ENV")))
            .append("ratings", new Document("UNIT", input("PROV-ORG")))
            .append("evaluations", new Document("UNIT:CADRES", input("PROV-ORG")))
            .append("findings", new Document("PROV-AUDIT:A-1", input("PROV-AUDIT")))
            .append("completeness", new Document("missing", 3));

    Document seen = ACCESS.restrict(round, reader(Role.AGENCY, "PROV-ENV"));

    assertThat(seen.get("scores", Document.class)).containsOnlyKeys("ECOLOGY");
    assertThat(seen.get("ratings", Document.class)).isEmpty();
    assertThat(seen.get("evaluations", Document.class)).isEmpty();
    assertThat(seen.get("findings", Document.class)).isEmpty();
    assertThat(seen.get("calendar")).isEqualTo(round.get("calendar"));
    assertThat(seen.get("completeness")).isEqualTo(round.get("completeness"));
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

  private static Document input(String agency) {
    return new Document("value", "80").append("agency", agency);
  }

  private static Reader reader(Role role, String agency) {
    return ACCESS.reader(new Caller("someone", Optional.ofNullable(agency), Set.of(role)));
  }
}
