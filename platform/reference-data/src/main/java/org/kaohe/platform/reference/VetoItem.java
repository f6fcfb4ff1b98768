package org.kaohe.platform.reference;

import java.util.List;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoItemCode;

/**
 * A one-vote veto item: the agencies that may propose it, and the competent department whose
 * opinion decides whether a proposed veto takes effect.
 */
public record VetoItem(
    VetoItemCode code,
    String name,
    String englishName,
    AgencyCode competentDepartment,
    List<AgencyCode> proposedBy) {

  public VetoItem {
    proposedBy = List.copyOf(proposedBy);
  }

  public boolean mayBeProposedBy(AgencyCode agency) {
    return proposedBy.contains(agency);
  }
}
