package org.kaohe.assessment.submission.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.IndicatorGroup;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Subject;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Builds an agency's templates from the reference data: for each unit an indicator applies to, a
 * row for the unit and for each of its cadres where the indicator is scored for them, once or per
 * half-year period. Units in reference order, then indicators in catalogue order.
 */
public final class Templates {
  private final ReferenceData reference;

  public Templates(ReferenceData reference) {
    this.reference = reference;
  }

  /**
   * @throws InvalidFields when the catalogue has no such group
   * @throws NoTemplate when the agency submits nothing in the group
   */
  public Template of(IndicatorCatalogue catalogue, String groupCode, String agency) {
    IndicatorGroup group =
        catalogue.groups().stream()
            .filter(candidate -> candidate.code().equalsIgnoreCase(groupCode.strip()))
            .findFirst()
            .orElseThrow(() -> unknownGroup(catalogue, groupCode));
    Template template = build(catalogue.year(), group, agency);
    if (template.rows().isEmpty()) {
      throw new NoTemplate(agency, group.code(), catalogue.year());
    }
    return template;
  }

  /** The agency's templates: one per group of each catalogue in which it submits something. */
  public List<Template> available(List<IndicatorCatalogue> catalogues, String agency) {
    return catalogues.stream()
        .flatMap(
            catalogue -> catalogue.groups().stream().map(g -> build(catalogue.year(), g, agency)))
        .filter(template -> !template.rows().isEmpty())
        .toList();
  }

  private Template build(int year, IndicatorGroup group, String agency) {
    AgencyCode code = new AgencyCode(agency);
    List<Indicator> indicators =
        group.indicators().stream().filter(indicator -> indicator.maySubmit(code)).toList();
    List<TemplateRow> rows = new ArrayList<>();
    for (AssessedUnit unit : reference.units()) {
      for (Indicator indicator : indicators) {
        if (indicator.isApplicableTo(unit)) {
          rows.addAll(rows(unit, indicator));
        }
      }
    }
    return new Template(year, agency, group, indicators, rows);
  }

  private List<TemplateRow> rows(AssessedUnit unit, Indicator indicator) {
    List<Cadre> subjects = new ArrayList<>();
    if (indicator.isScoredFor(Subject.UNITS)) {
      subjects.add(null);
    }
    if (indicator.isScoredFor(Subject.CADRES)) {
      subjects.addAll(reference.cadresOf(unit.code().value()));
    }
    List<String> periods =
        indicator.periodicity().periods().isEmpty()
            ? Arrays.asList((String) null)
            : indicator.periodicity().periods();
    List<TemplateRow> rows = new ArrayList<>();
    for (Cadre cadre : subjects) {
      for (String period : periods) {
        rows.add(
            new TemplateRow(
                unit.code().value(),
                unit.name(),
                indicator.code().value(),
                indicator.name(),
                cadre == null ? null : cadre.code().value(),
                cadre == null ? null : cadre.name(),
                period,
                indicator.scale()));
      }
    }
    return rows;
  }

  private static InvalidFields unknownGroup(IndicatorCatalogue catalogue, String groupCode) {
    return new InvalidFields(
        "group",
        "unknown group "
            + groupCode.toUpperCase(Locale.ROOT)
            + " in the "
            + catalogue.year()
            + " catalogue; its groups are "
            + catalogue.groups().stream()
                .map(IndicatorGroup::code)
                .collect(Collectors.joining(", ")));
  }
}
