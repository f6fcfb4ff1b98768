package org.kaohe.assessment.visibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.veto.query.VetoCaseView;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;

/**
 * Decides what a caller may read of rounds, agencies' work and veto cases. Auditors, administrators
 * and the oversight agencies read everything. Any other agency reads the round of a unit only when
 * it is responsible for some input of it (an applicable indicator it submits, or it rates,
 * evaluates or reports findings), and of that round only its own inputs and the completeness; it
 * reads its own work, and the veto cases it proposed or decides as the competent department.
 */
public final class ReadAccess {
  /** The parts of a round view that hold inputs, each input with the agency that recorded it. */
  private static final List<String> INPUTS =
      List.of("scores", "ratings", "evaluations", "findings");

  private final ReferenceData reference;
  private final Set<String> oversight;
  private final Set<String> everyUnitsAgencies;

  public ReadAccess(ReferenceData reference, InputRules rules, Set<String> oversight) {
    this.reference = reference;
    this.oversight = Set.copyOf(oversight);
    this.everyUnitsAgencies =
        Stream.of(
                rules.politicalQualityAgencies().stream(),
                rules.democraticEvaluationAgencies().stream(),
                rules.findingSources().values().stream().flatMap(Set::stream))
            .flatMap(agencies -> agencies)
            .collect(Collectors.toUnmodifiableSet());
  }

  public Reader reader(Caller caller) {
    boolean overseer =
        caller.hasRole(Role.AUDITOR)
            || caller.hasRole(Role.ADMIN)
            || caller.agency().map(oversight::contains).orElse(false);
    return new Reader(caller.agency(), overseer);
  }

  /**
   * Why the reader may not read the round of this unit and year, or empty when it may. The unit and
   * year are known: the round's own query has checked them.
   */
  public Optional<String> refusalOfRound(Reader reader, String unitCode, int year) {
    if (reader.overseer()) {
      return Optional.empty();
    }
    if (reader.agency().isEmpty()) {
      return Optional.of("an agency's token must name its agency to read a round");
    }
    String agency = reader.agency().get();
    if (responsibleFor(agency, unitCode, year)) {
      return Optional.empty();
    }
    return Optional.of(
        "agency "
            + agency
            + " is responsible for no input of unit "
            + unitCode
            + " in "
            + year
            + ", so it may not read that round");
  }

  /**
   * The round view as this reader may see it: for an agency that does not oversee rounds, each
   * input part keeps only the agency's own inputs; the calendar, the reopening and the completeness
   * stay whole.
   */
  public Document restrict(Document round, Reader reader) {
    if (reader.overseer()) {
      return round;
    }
    String agency = reader.agency().orElse(null);
    Document visible = new Document();
    round.forEach(
        (part, value) ->
            visible.append(
                part,
                INPUTS.contains(part) && value instanceof Document inputs
                    ? own(inputs, agency)
                    : value));
    return visible;
  }

  public boolean mayReadWorkOf(Reader reader, String agency) {
    return reader.overseer() || reader.is(agency);
  }

  /** A veto case is its proposer's and its competent department's besides the overseers'. */
  public boolean mayRead(Reader reader, VetoCaseView vetoCase) {
    return reader.overseer()
        || reader.is(vetoCase.competentDepartment())
        || vetoCase.history().stream().anyMatch(step -> reader.is(step.agency()));
  }

  private boolean responsibleFor(String agency, String unitCode, int year) {
    if (everyUnitsAgencies.contains(agency)) {
      return true;
    }
    AssessedUnit unit = reference.unit(unitCode).orElse(null);
    return unit != null
        && reference.catalogue(year).stream()
            .flatMap(catalogue -> catalogue.indicators().stream())
            .filter(indicator -> indicator.isApplicableTo(unit))
            .flatMap(indicator -> indicator.submitters().stream())
            .map(AgencyCode::value)
            .anyMatch(agency::equals);
  }

  private static Document own(Document inputs, String agency) {
    Document own = new Document();
    inputs.forEach(
        (key, input) -> {
          if (input instanceof Document document
              && agency != null
              && agency.equals(document.getString("agency"))) {
            own.append(key, input);
          }
        });
    return own;
  }
}
