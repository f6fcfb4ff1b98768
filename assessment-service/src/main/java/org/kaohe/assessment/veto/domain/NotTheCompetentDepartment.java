package org.kaohe.assessment.veto.domain;

import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoId;

/** An agency other than the case's competent department tried to decide it. */
public final class NotTheCompetentDepartment extends RuntimeException {
  private final AgencyCode competentDepartment;

  NotTheCompetentDepartment(VetoId vetoId, AgencyCode agency, AgencyCode competentDepartment) {
    super(
        "agency "
            + agency
            + " may not decide "
            + vetoId
            + "; only its competent department "
            + competentDepartment
            + " may");
    this.competentDepartment = competentDepartment;
  }

  public AgencyCode competentDepartment() {
    return competentDepartment;
  }
}
