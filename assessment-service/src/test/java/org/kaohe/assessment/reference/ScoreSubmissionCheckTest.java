package org.kaohe.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

class ScoreSubmissionCheckTest {
  private static final ScoreSubmissionCheck CHECK =
      new ScoreSubmissionCheck(ReferenceFiles.shipped());

  @Test
  void theResponsibleAgencyMaySubmitAnApplicableIndicatorWithinItsScale() {
    assertThatCode(() -> check("PROV-STATS", "620100", 2026, "HQD-ECONOMY", "87.5"))
        .doesNotThrowAnyException();
  }

  @Test
  void anAdditionalAgencyMaySubmitToo() {
    assertThatCode(() -> check("PROV-NDRC", "620102", 2026, "HQD-LIVELIHOOD", "70"))
        .doesNotThrowAnyException();
  }

  @Test
  void anIndicatorForOneTypeAcceptsUnitsOfThatTypeOnly() {
    assertThatCode(() -> check("PROV-FINANCE", "GS-E03", 2026, "HQD-ENTERPRISE-FINANCIAL", "90"))
        .doesNotThrowAnyException();
    assertThat(violations("PROV-FINANCE", "GS-E01", 2026, "HQD-ENTERPRISE-FINANCIAL", "90"))
        .containsExactly(
            new FieldViolation(
                "",
                "indicator HQD-ENTERPRISE-FINANCIAL does not apply to unit GS-E01"
                    + " (ENTERPRISE/INDUSTRIAL_COMMERCIAL); it applies to ENTERPRISE/FINANCIAL"));
  }

  @Test
  void anUnknownUnitIsInvalid() {
    assertThat(violations("PROV-STATS", "999999", 2026, "HQD-ECONOMY", "80"))
        .containsExactly(new FieldViolation("unitCode", "unknown unit code 999999"));
  }

  @Test
  void aYearWithoutACatalogueIsInvalid() {
    assertThat(violations("PROV-STATS", "620100", 2031, "HQD-ECONOMY", "80"))
        .containsExactly(
            new FieldViolation("year", "no indicator catalogue for year 2031 (catalogued: 2026)"));
  }

  @Test
  void anIndicatorNotInTheYearsCatalogueIsInvalid() {
    assertThat(violations("PROV-STATS", "620100", 2026, "HQD-NOTHING", "80"))
        .containsExactly(
            new FieldViolation(
                "indicatorCode", "unknown indicator code HQD-NOTHING in the 2026 catalogue"));
  }

  @Test
  void anIndicatorThatDoesNotApplyToTheUnitIsInvalidNamingBoth() {
    assertThat(violations("PROV-STATS", "GS-D01", 2026, "HQD-ECONOMY", "80"))
        .containsExactly(
            new FieldViolation(
                "",
                "indicator HQD-ECONOMY does not apply to unit GS-D01 (DEPARTMENT/SOCIAL_DEVELOPMENT);"
                    + " it applies to CITY, COUNTY"));
  }

  @Test
  void aValueOutsideTheScaleIsInvalidNamingTheScale() {
    assertThat(violations("PROV-STATS", "620100", 2026, "HQD-ECONOMY", "100.5"))
        .containsExactly(
            new FieldViolation(
                "value",
                "value 100.5 is outside the scale of HQD-ECONOMY: 0 to 100 with at most 2"
                    + " decimals"));
    assertThat(violations("PROV-STATS", "620100", 2026, "HQD-ECONOMY", "-1"))
        .extracting(FieldViolation::message)
        .containsExactly(
            "value -1 is outside the scale of HQD-ECONOMY: 0 to 100 with at most 2 decimals");
  }

  @Test
  void aValueWithMoreDecimalsThanTheScaleIsInvalid() {
    assertThat(violations("PROV-ORG", "620100", 2026, "PARTY-BUILDING", "90.25"))
        .containsExactly(
            new FieldViolation(
                "value",
                "value 90.25 has more decimals than the scale of PARTY-BUILDING allows: 0 to 100"
                    + " with at most 1 decimal"));
  }

  @Test
  void trailingZerosAreNotDecimals() {
    assertThatCode(() -> check("PROV-ORG", "620100", 2026, "PARTY-BUILDING", "90.5000"))
        .doesNotThrowAnyException();
    assertThatCode(() -> check("PROV-ORG", "620100", 2026, "PARTY-BUILDING", "100.0"))
        .doesNotThrowAnyException();
  }

  @Test
  void everyViolationIsNamedAtOnce() {
    InvalidFields invalid =
        catchThrowableOfType(
            InvalidFields.class, () -> check("PROV-STATS", "999999", 2026, "HQD-ECONOMY", "101"));

    assertThat(invalid.violations())
        .extracting(FieldViolation::field)
        .containsExactly("unitCode", "value");
    assertThat(invalid.getMessage())
        .isEqualTo(
            "unknown unit code 999999; value 101 is outside the scale of HQD-ECONOMY: 0 to 100"
                + " with at most 2 decimals");
  }

  @Test
  void anAgencyThatIsNotResponsibleIsRefusedNamingWhatItMayNotDo() {
    assertThatThrownBy(() -> check("PROV-ENV", "620100", 2026, "HQD-ECONOMY", "80"))
        .isInstanceOf(NotResponsible.class)
        .hasMessage(
            "agency PROV-ENV may not submit HQD-ECONOMY for 620100 (responsible: PROV-STATS)");
  }

  @Test
  void aRefusalNamesTheAdditionalAgenciesToo() {
    assertThatThrownBy(() -> check("PROV-ENV", "620100", 2026, "HQD-LIVELIHOOD", "80"))
        .isInstanceOf(NotResponsible.class)
        .hasMessage(
            "agency PROV-ENV may not submit HQD-LIVELIHOOD for 620100 (responsible: PROV-STATS,"
                + " also PROV-NDRC)");
  }

  @Test
  void aSubmissionNoAgencyCouldMakeIsInvalidRatherThanRefused() {
    assertThatThrownBy(() -> check("PROV-ENV", "GS-D01", 2026, "HQD-ECONOMY", "80"))
        .isInstanceOf(InvalidFields.class);
  }

  @Test
  void anAgencyOutsideTheReferenceListIsRefusedWhateverItSubmits() {
    assertThatThrownBy(() -> check("PROV-NOPE", "999999", 2026, "HQD-ECONOMY", "80"))
        .isInstanceOf(NotResponsible.class)
        .hasMessage(
            "agency PROV-NOPE is not in the agency reference list, so it may not submit scores");
  }

  @Test
  void aCadresScoreNamesACadreOfTheUnitForAnIndicatorScoredForCadres() {
    assertThat(subjectViolations("HQD-ECONOMY", "C-620200-1", null))
        .containsExactly(
            new FieldViolation("cadreCode", "cadre C-620200-1 belongs to unit 620200, not 620100"),
            new FieldViolation("cadreCode", "HQD-ECONOMY is not scored for cadres"));
    assertThat(subjectViolations("LEADERS-EVALUATION", "C-000000-9", null))
        .containsExactly(new FieldViolation("cadreCode", "unknown cadre code C-000000-9"));
    CHECK.check(submission("LEADERS-EVALUATION", "C-620100-1", null));
  }

  @Test
  void aHalfYearIndicatorNeedsItsPeriodAndAnAnnualOneTakesNone() {
    assertThat(subjectViolations("REGULAR-HALF-YEAR", null, null))
        .containsExactly(
            new FieldViolation(
                "period",
                "REGULAR-HALF-YEAR is scored per half-year: period must be one of H1, H2, found"
                    + " null"));
    assertThat(subjectViolations("HQD-ECONOMY", null, "H1"))
        .containsExactly(
            new FieldViolation(
                "period", "HQD-ECONOMY is scored once a year: leave period out, found H1"));
    CHECK.check(submission("REGULAR-HALF-YEAR", "C-620100-2", "H2"));
  }

  private static ScoreSubmission submission(String indicator, String cadre, String period) {
    String agency = indicator.startsWith("HQD") ? "PROV-STATS" : "PROV-ORG";
    return new ScoreSubmission(
        agency, "620100", 2026, indicator, cadre, period, new BigDecimal("90"));
  }

  private static List<FieldViolation> subjectViolations(
      String indicator, String cadre, String period) {
    return catchThrowableOfType(
            InvalidFields.class, () -> CHECK.check(submission(indicator, cadre, period)))
        .violations();
  }

  private static void check(String agency, String unit, int year, String indicator, String value) {
    CHECK.check(new ScoreSubmission(agency, unit, year, indicator, new BigDecimal(value)));
  }

  private static List<FieldViolation> violations(
      String agency, String unit, int year, String indicator, String value) {
    return catchThrowableOfType(
            InvalidFields.class, () -> check(agency, unit, year, indicator, value))
        .violations();
  }
}
