package org.kaohe.results.web;

import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who reads which results: dashboards, auditors and administrators every result; an agency the
 * results of the units it is responsible for (it submits an indicator of the year that applies to
 * the unit) and of their cadres.
 */
@org.springframework.stereotype.Component
public final class ResultReaders {
  private final ReferenceData reference;

  ResultReaders(ReferenceData reference) {
    this.reference = reference;
  }

  public boolean readsAll(Caller caller) {
    return caller.hasRole(Role.DASHBOARD)
        || caller.hasRole(Role.AUDITOR)
        || caller.hasRole(Role.ADMIN);
  }

  public boolean reads(Caller caller, String unitCode, int year) {
    if (readsAll(caller)) {
      return true;
    }
    if (!caller.hasRole(Role.AGENCY) || caller.agency().isEmpty()) {
      return false;
    }
    AgencyCode agency = new AgencyCode(caller.agency().get());
    return reference
        .unit(unitCode)
        .flatMap(
            unit ->
                reference
                    .catalogue(year)
                    .map(
                        catalogue ->
                            catalogue.indicators().stream()
                                .anyMatch(i -> i.maySubmit(agency) && i.isApplicableTo(unit))))
        .orElse(false);
  }

  /**
   * A cadre is read by those who read its unit, as the reference data names it: decided before any
   * result is looked up, so that an agency learns nothing of a cadre it may not read, not even
   * whether a result exists.
   */
  void requireCadre(Caller caller, String cadreCode, int year) {
    boolean readable =
        readsAll(caller)
            || reference
                .cadre(cadreCode)
                .map(cadre -> reads(caller, cadre.unitCode().value(), year))
                .orElse(false);
    if (!readable) {
      throw notResponsible(caller, "cadre " + cadreCode, year);
    }
  }

  void require(Caller caller, String unitCode, int year) {
    if (!reads(caller, unitCode, year)) {
      throw notResponsible(caller, "unit " + unitCode, year);
    }
  }

  private static ResponseStatusException notResponsible(Caller caller, String subject, int year) {
    return new ResponseStatusException(
        HttpStatus.FORBIDDEN,
        "agency "
            + caller.agency().orElse("(none)")
            + " is not responsible for "
            + subject
            + " in "
            + year);
  }
}
