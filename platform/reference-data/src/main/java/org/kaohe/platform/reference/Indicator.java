package org.kaohe.platform.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;

/**
 * An indicator of a year's catalogue: its scale, the kinds of unit it applies to, the agency
 * responsible for it and any further agencies that may also submit it, whether it is scored for
 * units, their cadres or both, and whether once a year or per half-year period.
 */
public record Indicator(
    IndicatorCode code,
    String name,
    String englishName,
    String group,
    Scale scale,
    List<UnitKind> appliesTo,
    AgencyCode responsibleAgency,
    List<AgencyCode> additionalAgencies,
    Set<Subject> subjects,
    Periodicity periodicity) {

  public Indicator {
    appliesTo = List.copyOf(appliesTo);
    additionalAgencies = List.copyOf(additionalAgencies);
    subjects = Set.copyOf(subjects);
  }

  public boolean isScoredFor(Subject subject) {
    return subjects.contains(subject);
  }

  public boolean isApplicableTo(AssessedUnit unit) {
    return appliesTo.stream().anyMatch(kind -> kind.includes(unit));
  }

  public boolean maySubmit(AgencyCode agency) {
    return responsibleAgency.equals(agency) || additionalAgencies.contains(agency);
  }

  /** The responsible agency first. */
  public List<AgencyCode> submitters() {
    List<AgencyCode> submitters = new ArrayList<>();
    submitters.add(responsibleAgency);
    submitters.addAll(additionalAgencies);
    return submitters;
  }

  public List<String> appliesToLabels() {
    return appliesTo.stream().map(UnitKind::label).toList();
  }

  /** For messages, e.g. {@code CITY, COUNTY}. */
  public String applicability() {
    return appliesTo.stream().map(UnitKind::label).collect(Collectors.joining(", "));
  }
}
