package org.kaohe.assessment.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kaohe.platform.reference.Agency;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Checks who an input is about and who submits it, for every kind of input: a known unit, a
 * catalogued year, a cadre of that unit, a known agency allowed to submit that kind of input.
 */
public final class SubjectCheck {
  private final ReferenceData reference;

  public SubjectCheck(ReferenceData reference) {
    this.reference = reference;
  }

  /**
   * @param cadreCode the cadre the input is about, or null for the unit itself
   * @throws InvalidFields naming every violation, with those the caller adds
   */
  public void check(
      String unitCode, int year, String cadreCode, List<FieldViolation> furtherViolations) {
    List<FieldViolation> violations = new ArrayList<>();
    if (reference.unit(unitCode).isEmpty()) {
      violations.add(new FieldViolation("unitCode", "unknown unit code " + unitCode));
    }
    if (reference.catalogue(year).isEmpty()) {
      violations.add(CatalogueYears.noCatalogue("year", year, reference.years()));
    }
    if (cadreCode != null) {
      cadre(unitCode, cadreCode).ifPresent(violations::add);
    }
    violations.addAll(furtherViolations);
    if (!violations.isEmpty()) {
      throw new InvalidFields(violations);
    }
  }

  /**
   * @param what the kind of input, for the message, e.g. {@code political-quality ratings}
   * @throws NotResponsible when the agency is unknown or not among {@code allowed}
   */
  public void requireAgency(String agency, Set<String> allowed, String what) {
    knownAgency(agency, "submit " + what);
    if (!allowed.contains(agency)) {
      throw new NotResponsible(
          "agency "
              + agency
              + " may not submit "
              + what
              + " (responsible: "
              + String.join(", ", allowed.stream().sorted().toList())
              + ")");
    }
  }

  /**
   * @param doing what the agency wants to do, for the message, e.g. {@code propose vetoes}
   * @throws NotResponsible when the agency is not in the agency reference list
   */
  public Agency knownAgency(String agency, String doing) {
    return reference
        .agency(agency)
        .orElseThrow(
            () ->
                new NotResponsible(
                    "agency "
                        + agency
                        + " is not in the agency reference list, so it may not "
                        + doing));
  }

  /** Empty when the cadre is one of the unit's. */
  Optional<FieldViolation> cadre(String unitCode, String cadreCode) {
    Optional<Cadre> cadre = reference.cadre(cadreCode);
    if (cadre.isEmpty()) {
      return Optional.of(new FieldViolation("cadreCode", "unknown cadre code " + cadreCode));
    }
    if (!cadre.get().unitCode().value().equals(unitCode)) {
      return Optional.of(
          new FieldViolation(
              "cadreCode",
              "cadre "
                  + cadreCode
                  + " belongs to unit "
                  + cadre.get().unitCode()
                  + ", not "
                  + unitCode));
    }
    return Optional.empty();
  }
}
