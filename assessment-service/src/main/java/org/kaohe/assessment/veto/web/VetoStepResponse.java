package org.kaohe.assessment.veto.web;

import org.kaohe.assessment.veto.domain.VetoStatus;
import org.kaohe.assessment.veto.query.VetoCaseView.Step;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;

/** The answer to a veto step: the case's status after it, and the step as recorded. */
record VetoStepResponse(
    String vetoId,
    String unitCode,
    int year,
    String itemCode,
    VetoStatus status,
    String competentDepartment,
    Step step) {

  static VetoStepResponse of(VetoProposedEvent event) {
    return new VetoStepResponse(
        event.vetoId().value(),
        event.unitCode().value(),
        event.year(),
        event.itemCode().value(),
        VetoStatus.PROPOSED,
        event.competentDepartment().value(),
        new Step(
            VetoStatus.PROPOSED,
            event.proposedBy(),
            event.agency().value(),
            event.proposedAt(),
            event.grounds(),
            null,
            null));
  }

  /** A decision's agency is the competent department: the case lets no other agency decide. */
  static VetoStepResponse of(VetoConfirmedEvent event) {
    return new VetoStepResponse(
        event.vetoId().value(),
        event.unitCode().value(),
        event.year(),
        event.itemCode().value(),
        VetoStatus.CONFIRMED,
        event.agency().value(),
        new Step(
            VetoStatus.CONFIRMED,
            event.decidedBy(),
            event.agency().value(),
            event.decidedAt(),
            null,
            event.opinion(),
            null));
  }

  static VetoStepResponse of(VetoRejectedEvent event) {
    return new VetoStepResponse(
        event.vetoId().value(),
        event.unitCode().value(),
        event.year(),
        event.itemCode().value(),
        VetoStatus.REJECTED,
        event.agency().value(),
        new Step(
            VetoStatus.REJECTED,
            event.decidedBy(),
            event.agency().value(),
            event.decidedAt(),
            null,
            null,
            event.reason()));
  }
}
