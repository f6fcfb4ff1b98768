package org.kaohe.assessment.veto.domain;

import org.kaohe.events.ids.AgencyCode;

/** An agency other than the case's competent department tried to decide it. */
public final class NotTheCompetentDepartment extends RuntimeException {
  private final AgencyCode competentDepartment;

  NotTheCompetentDepartment(String vetoId, AgencyCode agency, AgencyCode competentDepartment) {
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
