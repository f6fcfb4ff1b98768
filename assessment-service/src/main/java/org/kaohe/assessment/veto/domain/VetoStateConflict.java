package org.kaohe.assessment.veto.domain;

import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoId;

/** A step the veto case's current status does not allow. */
public final class VetoStateConflict extends RuntimeException {
  private final VetoStatus currentStatus;

  private VetoStateConflict(String message, VetoStatus currentStatus) {
    super(message);
    this.currentStatus = currentStatus;
  }

  static VetoStateConflict alreadyOpen(
      VetoId vetoId, VetoStatus status, AgencyCode competentDepartment) {
    String why =
        status == VetoStatus.PROPOSED
            ? "it awaits the opinion of " + competentDepartment
            : "it is in effect";
    return new VetoStateConflict(
        vetoId
            + " is already "
            + status
            + " ("
            + why
            + "); the item may be proposed again only after a rejection",
        status);
  }

  static VetoStateConflict notPending(VetoId vetoId, VetoStatus status, String step) {
    return new VetoStateConflict(
        vetoId + " is " + status + "; only a PROPOSED veto can be " + step, status);
  }

  public VetoStatus currentStatus() {
    return currentStatus;
  }
}
