package org.kaohe.assessment.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.Agency;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Scale;
import org.kaohe.platform.reference.Subject;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Checks a score submission against the reference data before anything is stored. What no agency
 * could submit (an unknown unit or indicator, a year without a catalogue, an indicator that does
 * not apply to the unit, a value off the indicator's scale) is invalid, every problem named at
 * once. Only a submission that is otherwise valid is refused for its agency, so a refusal always
 * means that another agency may submit it.
 */
public final class ScoreSubmissionCheck {
  private final ReferenceData reference;
  private final SubjectCheck subjects;

  public ScoreSubmissionCheck(ReferenceData reference) {
    this.reference = reference;
    this.subjects = new SubjectCheck(reference);
  }

  /**
   * @throws NotResponsible when the agency is unknown or may not submit this indicator
   * @throws InvalidFields naming every violation
   */
  public void check(ScoreSubmission submission) {
    Agency agency = subjects.knownAgency(submission.agency(), "submit scores");
    List<FieldViolation> violations = new ArrayList<>();
    Optional<AssessedUnit> unit = reference.unit(submission.unitCode());
    if (unit.isEmpty()) {
      violations.add(new FieldViolation("unitCode", "unknown unit code " + submission.unitCode()));
    }
    Optional<Indicator> indicator = indicator(submission, violations);
    if (unit.isPresent() && indicator.isPresent() && !indicator.get().isApplicableTo(unit.get())) {
      violations.add(notApplicable(indicator.get(), unit.get()));
    }
    indicator.flatMap(i -> offScale(i, submission)).ifPresent(violations::add);
    indicator.ifPresent(i -> subjectAndPeriod(i, submission, violations));
    if (!violations.isEmpty()) {
      throw new InvalidFields(violations);
    }
    if (!indicator.get().maySubmit(agency.code())) {
      throw new NotResponsible(
          "agency "
              + agency.code()
              + " may not submit "
              + submission.indicatorCode()
              + " for "
              + submission.unitCode()
              + " (responsible: "
              + responsible(indicator.get())
              + ")");
    }
  }

  private Optional<Indicator> indicator(
      ScoreSubmission submission, List<FieldViolation> violations) {
    Optional<IndicatorCatalogue> catalogue = reference.catalogue(submission.year());
    if (catalogue.isEmpty()) {
      violations.add(CatalogueYears.noCatalogue("year", submission.year(), reference.years()));
      return Optional.empty();
    }
    Optional<Indicator> indicator = catalogue.get().indicator(submission.indicatorCode());
    if (indicator.isEmpty()) {
      violations.add(
          new FieldViolation(
              "indicatorCode",
              "unknown indicator code "
                  + submission.indicatorCode()
                  + " in the "
                  + submission.year()
                  + " catalogue"));
    }
    return indicator;
  }

  private void subjectAndPeriod(
      Indicator indicator, ScoreSubmission submission, List<FieldViolation> violations) {
    String code = indicator.code().value();
    if (submission.cadreCode() == null) {
      if (!indicator.isScoredFor(Subject.UNITS)) {
        violations.add(
            new FieldViolation("cadreCode", code + " is scored for cadres only: name the cadre"));
      }
    } else {
      subjects.cadre(submission.unitCode(), submission.cadreCode()).ifPresent(violations::add);
      if (!indicator.isScoredFor(Subject.CADRES)) {
        violations.add(new FieldViolation("cadreCode", code + " is not scored for cadres"));
      }
    }
    List<String> periods = indicator.periodicity().periods();
    if (periods.isEmpty() && submission.period() != null) {
      violations.add(
          new FieldViolation(
              "period",
              code + " is scored once a year: leave period out, found " + submission.period()));
    } else if (!periods.isEmpty()
        && (submission.period() == null || !periods.contains(submission.period()))) {
      violations.add(
          new FieldViolation(
              "period",
              code
                  + " is scored per half-year: period must be one of "
                  + String.join(", ", periods)
                  + ", found "
                  + submission.period()));
    }
  }

  private static FieldViolation notApplicable(Indicator indicator, AssessedUnit unit) {
    return new FieldViolation(
        "",
        "indicator "
            + indicator.code()
            + " does not apply to unit "
            + unit.code()
            + " ("
            + unit.kind()
            + "); it applies to "
            + indicator.applicability());
  }

  private static Optional<FieldViolation> offScale(
      Indicator indicator, ScoreSubmission submission) {
    Scale scale = indicator.scale();
    String value = submission.value().stripTrailingZeros().toPlainString();
    if (!scale.contains(submission.value())) {
      return Optional.of(
          new FieldViolation(
              "value",
              "value "
                  + value
                  + " is outside the scale of "
                  + indicator.code()
                  + ": "
                  + scale.describe()));
    }
    if (!scale.allowsDecimalsOf(submission.value())) {
      return Optional.of(
          new FieldViolation(
              "value",
              "value "
                  + value
                  + " has more decimals than the scale of "
                  + indicator.code()
                  + " allows: "
                  + scale.describe()));
    }
    return Optional.empty();
  }

  private static String responsible(Indicator indicator) {
    String responsible = indicator.responsibleAgency().value();
    if (indicator.additionalAgencies().isEmpty()) {
      return responsible;
    }
    return responsible
        + ", also "
        + indicator.additionalAgencies().stream()
            .map(AgencyCode::value)
            .collect(Collectors.joining(", "));
  }
}
