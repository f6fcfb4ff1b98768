package org.kaohe.assessment.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;

/**
 * Checks veto requests against the reference data before anything is stored. As for scores, what no
 * agency could propose (an unknown unit or item, a year without a catalogue) is invalid, every
 * problem named at once, and only an otherwise valid proposal is refused for its agency.
 */
public final class VetoChecks {
  private final ReferenceData reference;
  private final VetoItems items;

  public VetoChecks(ReferenceData reference, VetoItems items) {
    this.reference = reference;
    this.items = items;
  }

  /**
   * @return the item proposed, which names its competent department
   * @throws NotResponsible when the agency is unknown or may not propose this item
   * @throws InvalidAgainstReference naming every violation
   */
  public VetoItem check(VetoProposal proposal) {
    Agency agency = known(proposal.agency(), "propose vetoes");
    List<Violation> violations = new ArrayList<>();
    if (reference.unit(proposal.unitCode()).isEmpty()) {
      violations.add(new Violation("unitCode", "unknown unit code " + proposal.unitCode()));
    }
    if (reference.catalogue(proposal.year()).isEmpty()) {
      violations.add(Violation.noCatalogue("year", proposal.year(), reference.years()));
    }
    Optional<VetoItem> item = items.item(proposal.itemCode());
    if (item.isEmpty()) {
      violations.add(
          new Violation(
              "itemCode",
              "unknown veto item code "
                  + proposal.itemCode()
                  + " (items: "
                  + items.all().stream()
                      .map(i -> i.code().value())
                      .collect(Collectors.joining(", "))
                  + ")"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidAgainstReference(violations);
    }
    if (!item.get().mayBeProposedBy(agency.code())) {
      throw new NotResponsible(
          "agency "
              + agency.code()
              + " may not propose "
              + item.get().code()
              + " (may propose: "
              + item.get().proposedBy().stream()
                  .map(AgencyCode::value)
                  .collect(Collectors.joining(", "))
              + ")");
    }
    return item.get();
  }

  /**
   * Whether the agency may decide a veto at all; which veto it may decide is the case's own rule.
   *
   * @throws NotResponsible when the agency is not in the agency reference list
   */
  public void checkDecider(String agency) {
    known(agency, "decide vetoes");
  }

  private Agency known(String agency, String what) {
    return reference
        .agency(agency)
        .orElseThrow(
            () ->
                new NotResponsible(
                    "agency "
                        + agency
                        + " is not in the agency reference list, so it may not "
                        + what));
  }
}
