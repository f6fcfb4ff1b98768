package org.kaohe.assessment.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.Agency;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.VetoItem;
import org.kaohe.platform.reference.VetoItems;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Checks veto requests against the reference data before anything is stored. As for scores, what no
 * agency could propose (an unknown unit or item, a year without a catalogue) is invalid, every
 * problem named at once, and only an otherwise valid proposal is refused for its agency.
 */
public final class VetoChecks {
  private final ReferenceData reference;
  private final VetoItems items;
  private final SubjectCheck subjects;

  public VetoChecks(ReferenceData reference, VetoItems items) {
    this.reference = reference;
    this.items = items;
    this.subjects = new SubjectCheck(reference);
  }

  /**
   * @return the item proposed, which names its competent department
   * @throws NotResponsible when the agency is unknown or may not propose this item
   * @throws InvalidFields naming every violation
   */
  public VetoItem check(VetoProposal proposal) {
    Agency agency = subjects.knownAgency(proposal.agency(), "propose vetoes");
    Optional<VetoItem> item = items.item(proposal.itemCode());
    List<FieldViolation> itemViolations = new ArrayList<>();
    if (item.isEmpty()) {
      itemViolations.add(
          new FieldViolation(
              "itemCode",
              "unknown veto item code "
                  + proposal.itemCode()
                  + " (items: "
                  + items.all().stream()
                      .map(i -> i.code().value())
                      .collect(Collectors.joining(", "))
                  + ")"));
    }
    subjects.check(proposal.unitCode(), proposal.year(), null, itemViolations);
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
    subjects.knownAgency(agency, "decide vetoes");
  }
}
