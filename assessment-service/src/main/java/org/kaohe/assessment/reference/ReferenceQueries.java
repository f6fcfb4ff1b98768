package org.kaohe.assessment.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kaohe.platform.reference.Agency;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.RoundCalendar;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Answers the reference read requests from their raw parameters; a parameter that names nothing
 * known is an {@link InvalidFields} saying so.
 */
public final class ReferenceQueries {
  private final ReferenceData reference;

  public ReferenceQueries(ReferenceData reference) {
    this.reference = reference;
  }

  /** Every unit, or those of one category when {@code category} is given. */
  public List<AssessedUnit> units(String category) {
    if (category == null) {
      return reference.units();
    }
    UnitCategory wanted =
        UnitCategory.named(category.toUpperCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    invalid(
                        "category",
                        "category must be one of " + UnitCategory.names() + ", got: " + category));
    return reference.units().stream().filter(unit -> unit.category() == wanted).toList();
  }

  public List<Agency> agencies() {
    return reference.agencies();
  }

  public IndicatorCatalogue catalogue(String year) {
    if (year == null) {
      throw invalid(
          "year", "year is required " + CatalogueYears.cataloguedYears(reference.years()));
    }
    int parsed = year(year);
    return reference
        .catalogue(parsed)
        .orElseThrow(
            () -> new InvalidFields(CatalogueYears.noCatalogue("year", parsed, reference.years())));
  }

  /** The calendar of a known unit's round in a catalogued year. */
  public RoundCalendar calendar(String unitCode, String year) {
    if (reference.unit(unitCode).isEmpty()) {
      throw invalid("unitCode", "unknown unit code " + unitCode);
    }
    return catalogue(year).calendar();
  }

  /**
   * @param agency the agency asked about; when null, the caller's own
   * @param year one catalogued year; when null, every one
   */
  public Responsibilities responsibilities(
      String agency, String year, Optional<String> callerAgency) {
    String code =
        Optional.ofNullable(agency)
            .or(() -> callerAgency)
            .orElseThrow(
                () ->
                    invalid(
                        "agency",
                        "agency is required when the token names none, e.g. agency=PROV-STATS"));
    Agency known =
        reference.agency(code).orElseThrow(() -> invalid("agency", "unknown agency code " + code));
    List<IndicatorCatalogue> catalogues =
        year == null ? reference.catalogues() : List.of(catalogue(year));
    return new Responsibilities(
        code,
        known.name(),
        catalogues.stream().map(catalogue -> responsibilitiesIn(catalogue, known)).toList());
  }

  private Responsibilities.Year responsibilitiesIn(IndicatorCatalogue catalogue, Agency agency) {
    return new Responsibilities.Year(
        catalogue.year(),
        catalogue.indicators().stream()
            .filter(indicator -> indicator.maySubmit(agency.code()))
            .map(
                indicator ->
                    new Responsibilities.Item(
                        indicator.code().value(),
                        indicator.name(),
                        indicator.group(),
                        indicator.appliesToLabels(),
                        reference.units().stream().filter(indicator::isApplicableTo).count()))
            .toList());
  }

  private static int year(String year) {
    try {
      return Integer.parseInt(year);
    } catch (NumberFormatException e) {
      throw invalid("year", "year must be a year such as 2026, got: " + year);
    }
  }

  private static InvalidFields invalid(String field, String message) {
    return new InvalidFields(new FieldViolation(field, message));
  }
}
