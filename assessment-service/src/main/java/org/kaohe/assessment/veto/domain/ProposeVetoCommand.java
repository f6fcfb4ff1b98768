package org.kaohe.assessment.veto.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

/**
 * An agency proposes a veto item against a unit for a year; {@code competentDepartment} is the
 * item's, as the reference data names it when the proposal is made.
 */
public record ProposeVetoCommand(
    @TargetAggregateIdentifier VetoId vetoId,
    UnitCode unitCode,
    int year,
    VetoItemCode itemCode,
    String grounds,
    AgencyCode competentDepartment,
    String proposedBy,
    AgencyCode agency,
    Instant proposedAt) {

  public ProposeVetoCommand(
      UnitCode unitCode,
      int year,
      VetoItemCode itemCode,
      String grounds,
      AgencyCode competentDepartment,
      String proposedBy,
      AgencyCode agency,
      Instant proposedAt) {
    this(
        VetoId.of(unitCode, year, itemCode),
        unitCode,
        year,
        itemCode,
        grounds,
        competentDepartment,
        proposedBy,
        agency,
        proposedAt);
  }
}
