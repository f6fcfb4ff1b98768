package org.kaohe.assessment.veto.domain;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

class VetoCaseTest {
  private static final UnitCode LANZHOU = new UnitCode("620100");
  private static final VetoItemCode SAFETY = new VetoItemCode("VETO-SAFETY");
  private static final VetoId VETO_ID = new VetoId("veto:620100:2026:VETO-SAFETY");
  private static final AgencyCode ORG = new AgencyCode("PROV-ORG");
  private static final AgencyCode EMERGENCY = new AgencyCode("PROV-EMERGENCY");
  private static final AgencyCode ENV = new AgencyCode("PROV-ENV");
  private static final Instant PROPOSED_AT = Instant.parse("2027-02-03T09:00:00Z");
  private static final Instant DECIDED_AT = Instant.parse("2027-02-10T14:20:00Z");

  private AggregateTestFixture<VetoCase> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(VetoCase.class);
  }

  @Test
  void proposingAVetoRecordsItsGroundsAndCompetentDepartmentUnderTheUnitYearAndItem() {
    fixture
        .givenNoPriorActivity()
        .when(propose("three dead in a mine accident"))
        .expectEvents(proposed("three dead in a mine accident"))
        .expectResultMessagePayload(proposed("three dead in a mine accident"));
  }

  @Test
  void aProposalNeedsGrounds() {
    fixture
        .givenNoPriorActivity()
        .when(propose("  "))
        .expectNoEvents()
        .expectException(VetoDetailMissing.class)
        .expectExceptionMessage("a veto proposal needs its grounds");
  }

  @Test
  void aPendingVetoCannotBeProposedAgain() {
    fixture
        .given(proposed("accident"))
        .when(propose("the same accident, again"))
        .expectNoEvents()
        .expectException(VetoStateConflict.class)
        .expectExceptionMessage(
            VETO_ID
                + " is already PROPOSED (it awaits the opinion of PROV-EMERGENCY); the item may be"
                + " proposed again only after a rejection");
  }

  @Test
  void aConfirmedVetoCannotBeProposedAgain() {
    fixture
        .given(proposed("accident"), confirmed())
        .when(propose("another accident"))
        .expectNoEvents()
        .expectException(VetoStateConflict.class)
        .expectExceptionMessage(
            VETO_ID
                + " is already CONFIRMED (it is in effect); the item may be proposed again only"
                + " after a rejection");
  }

  @Test
  void confirmingAPendingVetoMakesItEffective() {
    fixture
        .given(proposed("accident"))
        .when(
            new ConfirmVetoCommand(
                VETO_ID, "a liability accident", "zhao.min", EMERGENCY, DECIDED_AT))
        .expectEvents(confirmed())
        .expectResultMessagePayload(confirmed());
  }

  @Test
  void aConfirmationMayComeWithoutAnOpinion() {
    fixture
        .given(proposed("accident"))
        .when(new ConfirmVetoCommand(VETO_ID, null, "zhao.min", EMERGENCY, DECIDED_AT))
        .expectEvents(
            new VetoConfirmedEvent(
                VETO_ID, LANZHOU, 2026, SAFETY, null, "zhao.min", EMERGENCY, DECIDED_AT));
  }

  @Test
  void rejectingAPendingVetoRecordsTheReason() {
    fixture
        .given(proposed("accident"))
        .when(reject("a natural disaster, not a liability accident"))
        .expectEvents(rejected("a natural disaster, not a liability accident"));
  }

  @Test
  void rejectingNeedsAReason() {
    fixture
        .given(proposed("accident"))
        .when(reject(null))
        .expectNoEvents()
        .expectException(VetoDetailMissing.class)
        .expectExceptionMessage("rejecting a veto needs a reason");
  }

  @Test
  void onlyTheCompetentDepartmentMayDecide() {
    fixture
        .given(proposed("accident"))
        .when(new ConfirmVetoCommand(VETO_ID, "agreed", "chen.jie", ENV, DECIDED_AT))
        .expectNoEvents()
        .expectException(NotTheCompetentDepartment.class)
        .expectExceptionMessage(
            "agency PROV-ENV may not decide "
                + VETO_ID
                + "; only its competent department"
                + " PROV-EMERGENCY may");
  }

  @Test
  void theProposingAgencyCannotDecideItsOwnProposal() {
    fixture
        .given(proposed("accident"))
        .when(new RejectVetoCommand(VETO_ID, "withdrawn", "wang.fang", ORG, DECIDED_AT))
        .expectNoEvents()
        .expectException(NotTheCompetentDepartment.class);
  }

  @Test
  void onlyAPendingVetoCanBeDecided() {
    fixture
        .given(proposed("accident"), confirmed())
        .when(reject("changed our mind"))
        .expectNoEvents()
        .expectException(VetoStateConflict.class)
        .expectExceptionMessage(VETO_ID + " is CONFIRMED; only a PROPOSED veto can be rejected");
  }

  @Test
  void aRejectedVetoCannotBeConfirmedLater() {
    fixture
        .given(proposed("accident"), rejected("natural disaster"))
        .when(
            new ConfirmVetoCommand(VETO_ID, "agreed after all", "zhao.min", EMERGENCY, DECIDED_AT))
        .expectNoEvents()
        .expectException(VetoStateConflict.class)
        .expectExceptionMessage(VETO_ID + " is REJECTED; only a PROPOSED veto can be confirmed");
  }

  @Test
  void aRejectedItemMayBeProposedAgain() {
    fixture
        .given(proposed("accident"), rejected("no evidence of liability"))
        .when(propose("the investigation report establishes liability"))
        .expectEvents(proposed("the investigation report establishes liability"));
  }

  @Test
  void aReproposedVetoIsDecidedAfresh() {
    fixture
        .given(proposed("accident"), rejected("no evidence"), proposed("new evidence"))
        .when(
            new ConfirmVetoCommand(
                VETO_ID, "a liability accident", "zhao.min", EMERGENCY, DECIDED_AT))
        .expectEvents(confirmed());
  }

  private static ProposeVetoCommand propose(String grounds) {
    return new ProposeVetoCommand(
        LANZHOU, 2026, SAFETY, grounds, EMERGENCY, "wang.fang", ORG, PROPOSED_AT);
  }

  private static RejectVetoCommand reject(String reason) {
    return new RejectVetoCommand(VETO_ID, reason, "zhao.min", EMERGENCY, DECIDED_AT);
  }

  private static VetoProposedEvent proposed(String grounds) {
    return new VetoProposedEvent(
        VETO_ID, LANZHOU, 2026, SAFETY, grounds, EMERGENCY, "wang.fang", ORG, PROPOSED_AT);
  }

  private static VetoConfirmedEvent confirmed() {
    return new VetoConfirmedEvent(
        VETO_ID, LANZHOU, 2026, SAFETY, "a liability accident", "zhao.min", EMERGENCY, DECIDED_AT);
  }

  private static VetoRejectedEvent rejected(String reason) {
    return new VetoRejectedEvent(
        VETO_ID, LANZHOU, 2026, SAFETY, reason, "zhao.min", EMERGENCY, DECIDED_AT);
  }
}
