package org.kaohe.assessment.visibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.round.query.RecordedInput;
import org.kaohe.assessment.round.query.RoundView;
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
  public RoundView restrict(RoundView round, Reader reader) {
    if (reader.overseer()) {
      return round;
    }
    String agency = reader.agency().orElse(null);
    return new RoundView(
        round.roundId(),
        round.unitCode(),
        round.unitName(),
        round.year(),
        round.calendar(),
        round.reopened(),
        own(round.scores(), agency),
        own(round.ratings(), agency),
        own(round.evaluations(), agency),
        own(round.findings(), agency),
        round.completeness());
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

  private static <T extends RecordedInput> Map<String, T> own(
      Map<String, T> inputs, String agency) {
    Map<String, T> own = new LinkedHashMap<>();
    inputs.forEach(
        (key, input) -> {
          if (agency != null && agency.equals(input.recorded().agency())) {
            own.put(key, input);
          }
        });
    return own;
  }
}
