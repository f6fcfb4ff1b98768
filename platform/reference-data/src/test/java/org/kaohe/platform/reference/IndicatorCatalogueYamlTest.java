package org.kaohe.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kaohe.platform.reference.TestFiles.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.AgencyCode;

class IndicatorCatalogueYamlTest {
  private static final Set<String> AGENCIES = Set.of("PROV-STATS", "PROV-ORG", "PROV-NDRC");

  private static final String VALID =
      String.join(
          "\n",
          "catalogues:", // line 1
          "  - year: 2026",
          "    groups:",
          "      - code: HQD",
          "        name: 高质量发展", // line 5
          "        indicators:",
          "          - code: HQD-ECONOMY",
          "            name: 经济建设",
          "            scale: {min: 0, max: 100, decimals: 2}",
          "            applies_to: [CITY, COUNTY]", // line 10
          "            responsible_agency: PROV-STATS",
          "");

  /** Starts a further field of the indicator, after the one it follows. */
  private static final String NEXT_FIELD = "\n            ";

  @Test
  void theShippedCatalogueOf2026HasTheIndicatorsAgenciesSubmitToday() {
    IndicatorCatalogue catalogue = ReferenceFiles.shipped().catalogues().get(0);

    assertThat(catalogue.year()).isEqualTo(2026);
    Indicator economy = catalogue.indicator("HQD-ECONOMY").orElseThrow();
    assertThat(economy.responsibleAgency()).isEqualTo(new AgencyCode("PROV-STATS"));
    assertThat(economy.appliesToLabels()).containsExactly("CITY", "COUNTY");
    assertThat(economy.group()).isEqualTo("HQD");
    assertThat(catalogue.indicator("PARTY-BUILDING").orElseThrow().submitters())
        .containsExactly(new AgencyCode("PROV-ORG"));
    assertThat(catalogue.indicator("ECOLOGY").orElseThrow().responsibleAgency())
        .isEqualTo(new AgencyCode("PROV-ENV"));
    assertThat(catalogue.groups().stream().map(IndicatorGroup::code))
        .containsExactly("HQD", "PARTY", "BUSINESS", "REGULAR", "LEADERS");
    assertThat(catalogue.groups().get(2).indicators()).hasSize(9);
  }

  @Test
  void anIndicatorTakesItsGroupsScaleUnlessItHasItsOwn() throws IOException {
    String yaml =
        """
        catalogues:
          - year: 2026
            groups:
              - code: HQD
                name: 高质量发展
                scale: {min: 0, max: 100, decimals: 2}
                indicators:
                  - code: HQD-ECONOMY
                    name: 经济建设
                    applies_to: [CITY/ECONOMIC]
                    responsible_agency: PROV-STATS
                    additional_agencies: [PROV-NDRC]
                  - code: HQD-RURAL
                    name: 乡村振兴
                    scale: {min: 0, max: 10, decimals: 0}
                    applies_to: [COUNTY]
                    responsible_agency: PROV-STATS
        """;

    List<Indicator> indicators = read(yaml).get(0).indicators();

    assertThat(indicators.get(0).scale())
        .isEqualTo(new Scale(BigDecimal.ZERO, new BigDecimal("100"), 2));
    assertThat(indicators.get(0).appliesTo())
        .containsExactly(new UnitKind(UnitCategory.CITY, "ECONOMIC"));
    assertThat(indicators.get(0).additionalAgencies()).containsExactly(new AgencyCode("PROV-NDRC"));
    assertThat(indicators.get(1).scale().describe()).isEqualTo("0 to 10 in whole numbers");
  }

  @Test
  void theShippedRegularAssessmentIsScoredForUnitsAndCadresPerHalfYear() {
    IndicatorCatalogue catalogue = ReferenceFiles.shipped().catalogues().get(0);

    Indicator halfYear = catalogue.indicator("REGULAR-HALF-YEAR").orElseThrow();
    assertThat(halfYear.subjects()).containsExactlyInAnyOrder(Subject.UNITS, Subject.CADRES);
    assertThat(halfYear.periodicity()).isEqualTo(Periodicity.HALF_YEAR);
    Indicator economy = catalogue.indicator("HQD-ECONOMY").orElseThrow();
    assertThat(economy.subjects()).containsExactly(Subject.UNITS);
    assertThat(economy.periodicity()).isEqualTo(Periodicity.ANNUAL);
    assertThat(catalogue.calendar().deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void aCalendarDefaultsToTheFirstOfJanuaryUntilTheEndOfMarchOfTheNextYear() throws IOException {
    RoundCalendar calendar = read(VALID).get(0).calendar();

    assertThat(calendar.opens()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(calendar.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(calendar.closesAt()).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
    assertThat(RoundCalendar.periodStartsAt(2026, "H2"))
        .isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
  }

  @Test
  void badSubjectsPeriodsAndDatesAreReportedWithTheirLines() {
    String yaml =
        VALID
            .replace("  - year: 2026", "  - year: 2026\n    deadline: 31.3.2027")
            .replace(
                "responsible_agency: PROV-STATS",
                "responsible_agency: PROV-STATS"
                    + NEXT_FIELD
                    + "assessed: [UNITS, PEOPLE]"
                    + NEXT_FIELD
                    + "period: monthly");

    assertThat(problems(yaml))
        .containsExactly(
            "line 3, column 15: 'deadline' must be a date such as 2027-03-31, found '31.3.2027'",
            "line 13, column 31: 'assessed' must be one of UNITS, CADRES, found 'PEOPLE'",
            "line 14, column 21: 'period' must be one of annual, half-year, found 'monthly'");
  }

  @Test
  void aDeadlineBeforeTheOpeningIsReported() {
    String yaml =
        VALID.replace(
            "  - year: 2026", "  - year: 2026\n    opens: 2026-06-01\n    deadline: 2026-05-01");

    assertThat(problems(yaml))
        .containsExactly(
            "line 2, column 5: the deadline 2026-05-01 must come after opens 2026-06-01");
  }

  @Test
  void invalidYamlIsReportedWithItsLine() {
    assertThat(problems("catalogues:\n  - year: 2026\n    groups: [unclosed\n"))
        .containsExactly(
            "line 4, column 1: not valid YAML: expected ',' or ']', but got <stream end>");
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(problems("# nothing\n"))
        .containsExactly("the file is empty; it must hold 'catalogues'");
  }

  @Test
  void aMisspeltFieldIsReportedWithTheExpectedOnes() {
    assertThat(problems(VALID.replace("responsible_agency", "responsible_agncy")))
        .containsExactly(
            "line 7, column 13: an indicator needs 'responsible_agency'",
            "line 11, column 13: unknown field 'responsible_agncy' in an indicator; expected code,"
                + " name, english_name, scale, applies_to, responsible_agency, additional_agencies,"
                + " assessed, period");
  }

  @Test
  void aFieldGivenTwiceIsReported() {
    assertThat(problems(VALID.replace("name: 经济建设", "name: 经济建设" + NEXT_FIELD + "name: 经济")))
        .containsExactly("line 9, column 13: field 'name' appears twice in one mapping");
  }

  @Test
  void aMissingOrEmptyNameIsReported() {
    assertThat(problems(VALID.replace("name: 经济建设", "english_name: Economy")))
        .containsExactly("line 7, column 13: an indicator needs 'name'");
    assertThat(problems(VALID.replace("name: 经济建设", "name: ''")))
        .containsExactly("line 8, column 19: 'name' must not be empty");
  }

  @Test
  void aYearOutsideTheSupportedRangeIsReported() {
    assertThat(problems(VALID.replace("2026", "26")))
        .containsExactly("line 2, column 11: 'year' must be a year from 2000 to 2100, found '26'");
  }

  @Test
  void aYearCataloguedTwiceIsReported() {
    String twice = VALID + VALID.substring("catalogues:\n".length());

    assertThat(problems(twice))
        .containsExactly("line 12, column 5: year 2026 already has a catalogue on line 2");
  }

  @Test
  void anIndicatorCodeUsedTwiceInAYearIsReported() {
    String twice =
        VALID
            + String.join(
                "\n",
                "          - code: HQD-ECONOMY", // line 12
                "            name: 经济",
                "            scale: {min: 0, max: 100, decimals: 2}",
                "            applies_to: [CITY]",
                "            responsible_agency: PROV-STATS",
                "");

    assertThat(problems(twice))
        .containsExactly(
            "line 12, column 19: indicator code HQD-ECONOMY is already used on line 7");
  }

  @Test
  void aBadIndicatorOrGroupCodeIsReported() {
    assertThat(
            problems(VALID.replace("code: HQD-ECONOMY", "code: economy").replace("HQD\n", "hqd\n")))
        .containsExactly(
            "line 4, column 15: 'code' must be 2-32 upper-case letters, digits or '-', found 'hqd'",
            "line 7, column 19: 'code' must be 2-32 upper-case letters, digits or '-', found"
                + " 'economy'");
  }

  @Test
  void anUnknownAgencyIsReportedWhereItIsNamed() {
    String yaml =
        VALID.replace(
            "responsible_agency: PROV-STATS",
            "responsible_agency: PROV-NOPE"
                + NEXT_FIELD
                + "additional_agencies: [PROV-STATS, PROV-GONE]");

    assertThat(problems(yaml))
        .containsExactly(
            "line 11, column 33: unknown agency PROV-NOPE (not in the agencies file)",
            "line 12, column 47: unknown agency PROV-GONE (not in the agencies file)");
  }

  @Test
  void anAdditionalAgencyThatIsTheResponsibleOneOrRepeatedIsReported() {
    String yaml =
        VALID.replace(
            "responsible_agency: PROV-STATS",
            "responsible_agency: PROV-STATS"
                + NEXT_FIELD
                + "additional_agencies:"
                + NEXT_FIELD
                + "  - PROV-STATS"
                + NEXT_FIELD
                + "  - PROV-ORG"
                + NEXT_FIELD
                + "  - PROV-ORG");

    assertThat(problems(yaml))
        .containsExactly(
            "line 13, column 17: PROV-STATS is already the responsible agency",
            "line 15, column 17: PROV-ORG is listed twice in 'additional_agencies'");
  }

  @Test
  void anUnknownCategoryOrTypeInAppliesToIsReported() {
    assertThat(problems(VALID.replace("[CITY, COUNTY]", "[TOWN, CITY/RURAL, COUNTY/X]")))
        .containsExactly(
            "line 10, column 26: 'applies_to': 'TOWN' must be a category (CITY, COUNTY, DEPARTMENT,"
                + " INSTITUTION, ENTERPRISE) or CATEGORY/TYPE",
            "line 10, column 32: 'applies_to': 'CITY/RURAL': type must be one of ECONOMIC,"
                + " RURAL_REVITALIZATION, ETHNIC for category CITY, found 'RURAL'",
            "line 10, column 44: 'applies_to': 'COUNTY/X': units of category COUNTY have no type, found 'X'");
  }

  @Test
  void anEmptyOrMissingAppliesToIsReported() {
    assertThat(problems(VALID.replace("[CITY, COUNTY]", "[]")))
        .containsExactly("line 10, column 25: 'applies_to' must not be empty");
    assertThat(problems(VALID.replace("[CITY, COUNTY]", "CITY")))
        .containsExactly("line 10, column 25: 'applies_to' must be a list");
  }

  @Test
  void aScaleWhoseMinIsNotBelowItsMaxIsReported() {
    assertThat(problems(VALID.replace("{min: 0, max: 100", "{min: 100, max: 0")))
        .containsExactly("line 9, column 20: the scale's min 100 must be below its max 0");
  }

  @Test
  void aScaleWithBadNumbersIsReported() {
    assertThat(
            problems(
                VALID.replace(
                    "{min: 0, max: 100, decimals: 2}", "{min: low, max: 100, decimals: -1}")))
        .containsExactly(
            "line 9, column 26: 'min' must be a number, found 'low'",
            "line 9, column 51: 'decimals' must be a whole number from 0, found '-1'");
  }

  @Test
  void anIndicatorWithoutAScaleInAGroupWithoutOneIsReported() {
    assertThat(
            problems(
                VALID.replace("scale: {min: 0, max: 100, decimals: 2}", "english_name: Economy")))
        .containsExactly("line 7, column 13: an indicator needs 'scale' when its group gives none");
  }

  @Test
  void aListWhereOneValueBelongsAndTextWhereANumberBelongsAreReportedTogether() {
    assertThat(
            problems(
                VALID.replace("name: 经济建设", "name: [经济, 建设]").replace("year: 2026", "year: soon")))
        .containsExactly(
            "line 2, column 11: 'year' must be a whole number, found 'soon'",
            "line 8, column 19: 'name' must be a single value");
  }

  @Test
  void aGroupThatIsNotAMappingIsReported() {
    assertThat(problems("catalogues:\n  - year: 2026\n    groups:\n      - HQD\n"))
        .containsExactly(
            "line 4, column 9: a group must be a mapping with code, name, english_name, scale, indicators");
  }

  private static List<IndicatorCatalogue> read(String yaml) throws IOException {
    return IndicatorCatalogueYaml.read(text(yaml), "indicators.yml", AGENCIES);
  }

  private static List<String> problems(String yaml) {
    return catchThrowableOfType(InvalidReferenceFile.class, () -> read(yaml)).problems();
  }
}
