package org.kaohe.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.VetoItem;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

class VetoChecksTest {
  private static final VetoChecks CHECKS =
      new VetoChecks(ReferenceFiles.shipped(), ReferenceFiles.shipped().vetoItems());

  @Test
  void aProposerOfTheItemMayProposeItAndLearnsItsCompetentDepartment() {
    VetoItem item = CHECKS.check(new VetoProposal("PROV-ORG", "620100", 2026, "VETO-SAFETY"));

    assertThat(item.competentDepartment()).isEqualTo(new AgencyCode("PROV-EMERGENCY"));
  }

  @Test
  void everyUnknownUnitYearOrItemIsNamedAtOnce() {
    assertThat(violations(new VetoProposal("PROV-ORG", "999999", 2031, "VETO-NOTHING")))
        .extracting(FieldViolation::field)
        .containsExactly("unitCode", "year", "itemCode");
    assertThat(violations(new VetoProposal("PROV-ORG", "620100", 2026, "VETO-NOTHING")))
        .singleElement()
        .extracting(FieldViolation::message)
        .asString()
        .startsWith("unknown veto item code VETO-NOTHING (items: VETO-SAFETY, VETO-ENVIRONMENT");
  }

  @Test
  void anAgencyThatMayNotProposeTheItemIsRefusedNamingWhoMay() {
    assertThatThrownBy(
            () -> CHECKS.check(new VetoProposal("PROV-STATS", "620100", 2026, "VETO-SAFETY")))
        .isInstanceOf(NotResponsible.class)
        .hasMessage(
            "agency PROV-STATS may not propose VETO-SAFETY (may propose: PROV-ORG,"
                + " PROV-SUPERVISION)");
  }

  @Test
  void anAgencyOutsideTheReferenceListMayNeitherProposeNorDecide() {
    assertThatThrownBy(
            () -> CHECKS.check(new VetoProposal("PROV-NOPE", "620100", 2026, "VETO-SAFETY")))
        .isInstanceOf(NotResponsible.class)
        .hasMessage(
            "agency PROV-NOPE is not in the agency reference list, so it may not propose vetoes");
    assertThatThrownBy(() -> CHECKS.checkDecider("PROV-NOPE"))
        .isInstanceOf(NotResponsible.class)
        .hasMessageEndingWith("so it may not decide vetoes");
    assertThatCode(() -> CHECKS.checkDecider("PROV-EMERGENCY")).doesNotThrowAnyException();
  }

  private static List<FieldViolation> violations(VetoProposal proposal) {
    return catchThrowableOfType(InvalidFields.class, () -> CHECKS.check(proposal)).violations();
  }
}
