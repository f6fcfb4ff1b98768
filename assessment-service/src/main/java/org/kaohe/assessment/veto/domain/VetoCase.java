package org.kaohe.assessment.veto.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

/**
 * The veto case of one item against one unit in one year. A proposal awaits the opinion of the
 * competent department recorded with it, which alone may confirm it (it takes effect) or reject it
 * with a reason (it may be proposed again). Each handler answers with the event it applied.
 */
public class VetoCase {
  @AggregateIdentifier private VetoId vetoId;
  private UnitCode unitCode;
  private int year;
  private VetoItemCode itemCode;
  private AgencyCode competentDepartment;
  private VetoStatus status;

  protected VetoCase() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public VetoProposedEvent handle(ProposeVetoCommand command) {
    if (status == VetoStatus.PROPOSED || status == VetoStatus.CONFIRMED) {
      throw VetoStateConflict.alreadyOpen(vetoId, status, competentDepartment);
    }
    requireText(command.grounds(), "grounds", "a veto proposal needs its grounds");
    VetoProposedEvent proposed =
        new VetoProposedEvent(
            command.vetoId(),
            command.unitCode(),
            command.year(),
            command.itemCode(),
            command.grounds(),
            command.competentDepartment(),
            command.proposedBy(),
            command.agency(),
            command.proposedAt());
    apply(proposed);
    return proposed;
  }

  @CommandHandler
  public VetoConfirmedEvent handle(ConfirmVetoCommand command) {
    requireDecidable(command.agency(), "confirmed");
    VetoConfirmedEvent confirmed =
        new VetoConfirmedEvent(
            vetoId,
            unitCode,
            year,
            itemCode,
            command.opinion(),
            command.decidedBy(),
            command.agency(),
            command.decidedAt());
    apply(confirmed);
    return confirmed;
  }

  @CommandHandler
  public VetoRejectedEvent handle(RejectVetoCommand command) {
    requireDecidable(command.agency(), "rejected");
    requireText(command.reason(), "reason", "rejecting a veto needs a reason");
    VetoRejectedEvent rejected =
        new VetoRejectedEvent(
            vetoId,
            unitCode,
            year,
            itemCode,
            command.reason(),
            command.decidedBy(),
            command.agency(),
            command.decidedAt());
    apply(rejected);
    return rejected;
  }

  private void requireDecidable(AgencyCode agency, String step) {
    if (!competentDepartment.equals(agency)) {
      throw new NotTheCompetentDepartment(vetoId, agency, competentDepartment);
    }
    if (status != VetoStatus.PROPOSED) {
      throw VetoStateConflict.notPending(vetoId, status, step);
    }
  }

  private static void requireText(String text, String field, String message) {
    if (text == null || text.isBlank()) {
      throw new VetoDetailMissing(field, message);
    }
  }

  @EventSourcingHandler
  void on(VetoProposedEvent event) {
    vetoId = event.vetoId();
    unitCode = event.unitCode();
    year = event.year();
    itemCode = event.itemCode();
    competentDepartment = event.competentDepartment();
    status = VetoStatus.PROPOSED;
  }

  @EventSourcingHandler
  void on(VetoConfirmedEvent event) {
    status = VetoStatus.CONFIRMED;
  }

  @EventSourcingHandler
  void on(VetoRejectedEvent event) {
    status = VetoStatus.REJECTED;
  }
}
