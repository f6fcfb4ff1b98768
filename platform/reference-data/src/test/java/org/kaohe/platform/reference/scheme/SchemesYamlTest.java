package org.kaohe.platform.reference.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.InvalidReferenceFile;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;

class SchemesYamlTest {
  private static final ReferenceData REFERENCE = ReferenceFiles.shipped();
  private static final Yaml SHIPPED = new Yaml(shipped());
  private static final String ECONOMIC_CITY = "appliesTo: [CITY/ECONOMIC]";
  private static final String RURAL_CITY = "appliesTo: [CITY/RURAL_REVITALIZATION]";
  private static final String COUNTY = "appliesTo: [COUNTY]";
  private static final String CULTURAL = "appliesTo: [ENTERPRISE/CULTURAL]";
  private static final String DEPUTY = "      DEPUTY:\n";
  private static final String SCHEMES = "\nschemes:\n";
  private static final String SURVEYED_DEPARTMENT = "appliesTo: [DEPARTMENT/ECONOMIC";

  @Test
  void theShippedSchemeOf2026KeepsEveryRuleAndWeighsAsTheArticleSays() {
    ScoringScheme scheme = ScoringSchemes.shipped().of(2026).orElseThrow();

    assertThat(scheme.version()).isEqualTo("2026.1");
    assertThat(scheme.parameters().regularThreshold()).isEqualByComparingTo("90");
    assertThat(scheme.parameters().vetoCapsGrade().units()).isEmpty();
    AssessedUnit lanzhou = REFERENCE.unit("620100").orElseThrow();
    UnitTree city = scheme.treeFor(lanzhou).orElseThrow();
    assertThat(city.peerGroup()).isEqualTo("CITY");
    assertThat(city.components())
        .extracting(Component::code, c -> c.weight().stripTrailingZeros().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PERFORMANCE", "0.45"),
            org.assertj.core.groups.Tuple.tuple("PARTY-BUILDING", "0.1"),
            org.assertj.core.groups.Tuple.tuple("REGULAR", "0.3"),
            org.assertj.core.groups.Tuple.tuple("DEMOCRATIC", "0.05"),
            org.assertj.core.groups.Tuple.tuple("LEADERS-EVALUATION", "0.05"),
            org.assertj.core.groups.Tuple.tuple("SURVEY", "0.05"));
    assertThat(city.components().get(0).components().get(0).weight()).isEqualByComparingTo("0.70");
    assertThat(scheme.cadreComponents(CadreRole.PRINCIPAL))
        .extracting(Component::code)
        .containsExactly("REGULAR", "UNIT_RESULT", "DEMOCRATIC", "LEADERS-EVALUATION");
  }

  @Test
  void aUnitThatIsNotSurveyedHasNoSurveyAndItsWeightGoesToTheNamedComponent() {
    UnitTree department =
        ScoringSchemes.shipped()
            .of(2026)
            .orElseThrow()
            .treeFor(REFERENCE.unit(REFERENCE.surveyedUnits().get(100).code().value()).get())
            .orElseThrow();

    List<Component> notSurveyed = department.components(false);

    assertThat(notSurveyed).extracting(Component::code).doesNotContain("SURVEY");
    assertThat(notSurveyed.get(0).code()).isEqualTo("HQD");
    assertThat(notSurveyed.get(0).weight()).isEqualByComparingTo("0.40");
    assertThat(notSurveyed.stream().map(Component::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1");
    assertThat(department.components(true).get(0).weight()).isEqualByComparingTo("0.35");
  }

  @Test
  void weightsThatDoNotSumToExactlyOneAreRefused() {
    Yaml yaml =
        SHIPPED
            .edit(
                ECONOMIC_CITY,
                "{indicator: HQD-ECONOMY, weight: 0.35}",
                "{indicator: HQD-ECONOMY, weight: 0.3333}")
            .edit(
                COUNTY,
                "{indicator: PARTY-BUILDING, weight: 0.10}",
                "{indicator: PARTY-BUILDING, weight: 0.1001}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(ECONOMIC_CITY, "- {indicator: HQD-ECONOMY")
                + ": WEIGHTS_SUM_TO_ONE: the weights of the components of HQD sum to 0.9833, not 1",
            yaml.at(COUNTY, "- code: PERFORMANCE")
                + ": WEIGHTS_SUM_TO_ONE: the weights of the top-level components sum to 1.0001, not 1");
  }

  @Test
  void aWeightOfZeroOrAboveOneIsRefused() {
    Yaml yaml =
        SHIPPED
            .edit(
                CULTURAL, "{indicator: IDEOLOGY, weight: 0.40}", "{indicator: IDEOLOGY, weight: 0}")
            .edit(
                CULTURAL,
                "{indicator: INTEGRITY, weight: 0.30}",
                "{indicator: INTEGRITY, weight: 1.5}")
            .edit(
                CULTURAL, "{indicator: TALENT, weight: 0.30}", "{indicator: TALENT, weight: -0.5}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "{indicator: IDEOLOGY")
                + ": WEIGHT_RANGE: the weight of IDEOLOGY must be above 0 and at most 1, found 0",
            yaml.at(CULTURAL, "{indicator: INTEGRITY")
                + ": WEIGHT_RANGE: the weight of INTEGRITY must be above 0 and at most 1, found 1.5",
            yaml.at(CULTURAL, "{indicator: TALENT")
                + ": WEIGHT_RANGE: the weight of TALENT must be above 0 and at most 1, found -0.5");
  }

  @Test
  void theRegularAssessmentMustWeighThirtyPercentOfTheAnnualScore() {
    Yaml yaml =
        SHIPPED
            .edit(CULTURAL, "{source: REGULAR, weight: 0.30}", "{source: REGULAR, weight: 0.25}")
            .edit(
                CULTURAL,
                "{indicator: PARTY-BUILDING, weight: 0.10}",
                "{indicator: PARTY-BUILDING, weight: 0.15}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "{source: REGULAR")
                + ": REGULAR_30_PERCENT: REGULAR must weigh 0.30 of the annual score, found 0.25");
  }

  @Test
  void aTreeWithoutTheRegularAssessmentIsRefused() {
    Yaml yaml =
        SHIPPED
            .edit(
                CULTURAL,
                "{source: REGULAR, weight: 0.30}",
                "{indicator: LEADERS-EVALUATION, weight: 0.30}")
            .edit(
                CULTURAL,
                "{indicator: LEADERS-EVALUATION, weight: 0.05}",
                "{source: DEMOCRATIC, weight: 0.05}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "- code: HQD")
                + ": REGULAR_30_PERCENT: REGULAR must be a top-level component weighing 0.30 of the"
                + " annual score, found none",
            yaml.at(CULTURAL + " >> {source: DEMOCRATIC", "{source: DEMOCRATIC")
                + ": INPUT_COUNTED_TWICE: DEMOCRATIC already enters this tree on line "
                + yaml.line(CULTURAL, "{source: DEMOCRATIC"));
  }

  @Test
  void theSurveyMustWeighFivePercentOfASurveyedUnitsScore() {
    Yaml yaml =
        SHIPPED
            .edit(
                SURVEYED_DEPARTMENT,
                "{source: SURVEY, weight: 0.05}",
                "{source: SURVEY, weight: 0.10}")
            .edit(
                SURVEYED_DEPARTMENT,
                "{indicator: PARTY-BUILDING, weight: 0.10}",
                "{indicator: PARTY-BUILDING, weight: 0.05}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SURVEYED_DEPARTMENT, "{source: SURVEY")
                + ": SURVEY_5_PERCENT: SURVEY must weigh 0.05 of a surveyed unit's annual score,"
                + " found 0.1");
  }

  @Test
  void aTreeOfSurveyedUnitsWithoutTheSurveyIsRefused() {
    Yaml yaml =
        SHIPPED
            .edit(COUNTY, "\n          - {source: SURVEY, weight: 0.05}", "")
            .edit(
                COUNTY,
                "{indicator: PARTY-BUILDING, weight: 0.10}",
                "{indicator: PARTY-BUILDING, weight: 0.15}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(COUNTY, "appliesTo")
                + ": SURVEY_5_PERCENT: the tree has surveyed units (e.g. 620102) but no top-level"
                + " SURVEY component of 0.05",
            yaml.at(COUNTY, "PERFORMANCE")
                + ": SURVEY_SHARE_TARGET: 'withoutSurvey' is given but the tree has no SURVEY component");
  }

  @Test
  void theSurveysWeightForUnitsNotSurveyedMustGoToATopLevelComponentOtherThanTheRegular() {
    Yaml yaml = SHIPPED.edit(SURVEYED_DEPARTMENT, "withoutSurvey: HQD", "withoutSurvey: REGULAR");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SURVEYED_DEPARTMENT, "REGULAR")
                + ": SURVEY_SHARE_TARGET: 'withoutSurvey' must name a top-level component other"
                + " than REGULAR and SURVEY, found 'REGULAR'");
  }

  @Test
  void aCitysHighQualityDevelopmentMustWeighFiftyFiveToSeventyPercentOfItsPerformance() {
    Yaml yaml =
        SHIPPED
            .edit(ECONOMIC_CITY, "weight: 0.70", "weight: 0.75")
            .edit(ECONOMIC_CITY, "weight: 0.30\n", "weight: 0.25\n")
            .edit(RURAL_CITY, "weight: 0.60", "weight: 0.50")
            .edit(RURAL_CITY, "weight: 0.40\n", "weight: 0.50\n");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(ECONOMIC_CITY, "code: HQD")
                + ": CITY_HQD_SHARE: HQD weighs 0.75 of PERFORMANCE; for cities it must weigh 0.55"
                + " to 0.70 of the economic and social development performance",
            yaml.at(RURAL_CITY, "code: HQD")
                + ": CITY_HQD_SHARE: HQD weighs 0.5 of PERFORMANCE; for cities it must weigh 0.55"
                + " to 0.70 of the economic and social development performance");
  }

  @Test
  void eachCityTypeMustWeighItsOwnEmphasisMoreThanTheOtherTypes() {
    Yaml yaml =
        SHIPPED
            .edit(
                ECONOMIC_CITY,
                "{indicator: HQD-ECONOMY, weight: 0.35}",
                "{indicator: HQD-ECONOMY, weight: 0.15}")
            .edit(
                ECONOMIC_CITY,
                "{indicator: HQD-RURAL, weight: 0.15}",
                "{indicator: HQD-RURAL, weight: 0.35}");

    // HQD-ECONOMY: 0.45 x 0.70 x 0.15 for ECONOMIC, 0.45 x 0.60 x 0.20 for RURAL_REVITALIZATION,
    // 0.45 x 0.55 x 0.20 for ETHNIC; HQD-RURAL: 0.45 x 0.70 x 0.35 against 0.45 x 0.60 x 0.35.
    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(ECONOMIC_CITY, "appliesTo")
                + ": CITY_TYPE_EMPHASIS: HQD-ECONOMY weighs 0.04725 of the annual score for"
                + " CITY/ECONOMIC, not more than 0.054 for CITY/RURAL_REVITALIZATION",
            yaml.at(ECONOMIC_CITY, "appliesTo")
                + ": CITY_TYPE_EMPHASIS: HQD-ECONOMY weighs 0.04725 of the annual score for"
                + " CITY/ECONOMIC, not more than 0.0495 for CITY/ETHNIC",
            yaml.at(RURAL_CITY, "appliesTo")
                + ": CITY_TYPE_EMPHASIS: HQD-RURAL weighs 0.0945 of the annual score for"
                + " CITY/RURAL_REVITALIZATION, not more than 0.11025 for CITY/ECONOMIC");
  }

  @Test
  void aCountysRuralRevitalizationAndStrongCountyActionMustWeighSixtyPercentOfItsHqd() {
    Yaml yaml =
        SHIPPED
            .edit(
                COUNTY,
                "{indicator: HQD-RURAL, weight: 0.30}",
                "{indicator: HQD-RURAL, weight: 0.25}")
            .edit(
                COUNTY,
                "{indicator: HQD-ECONOMY, weight: 0.15}",
                "{indicator: HQD-ECONOMY, weight: 0.20}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(COUNTY, "code: HQD")
                + ": COUNTY_RURAL_STRONG_60: HQD-RURAL and HQD-STRONG-COUNTY together weigh 0.55 of"
                + " HQD; for counties they must weigh 0.60");
  }

  @Test
  void anApplicableIndicatorWithoutAWeightIsRefused() {
    Yaml yaml =
        SHIPPED
            .edit(
                CULTURAL,
                "{indicator: IDEOLOGY, weight: 0.40}",
                "{indicator: IDEOLOGY, weight: 0.70}")
            .edit(CULTURAL, "\n              - {indicator: TALENT, weight: 0.30}", "");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "- code: HQD")
                + ": INDICATOR_WITHOUT_WEIGHT: TALENT applies to CITY, COUNTY, INSTITUTION,"
                + " ENTERPRISE but has no weight in this tree");
  }

  @Test
  void anInputCountedTwiceInOneTreeIsRefused() {
    Yaml yaml =
        SHIPPED.edit(
            CULTURAL,
            "{indicator: LEADERS-EVALUATION, weight: 0.05}",
            "{indicator: PARTY-BUILDING, weight: 0.05}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "- code: HQD")
                + ": INDICATOR_WITHOUT_WEIGHT: LEADERS-EVALUATION applies to CITY, COUNTY,"
                + " DEPARTMENT, INSTITUTION, ENTERPRISE but has no weight in this tree",
            yaml.at(CULTURAL, "{indicator: PARTY-BUILDING, weight: 0.05}")
                + ": INPUT_COUNTED_TWICE: PARTY-BUILDING already enters this tree on line "
                + yaml.line(CULTURAL, "{indicator: PARTY-BUILDING"));
  }

  @Test
  void theHalfYearRegularScoresEnterOnlyThroughTheRegularSource() {
    Yaml yaml =
        SHIPPED.edit(
            CULTURAL,
            "{indicator: LEADERS-EVALUATION, weight: 0.05}",
            "{indicator: REGULAR-HALF-YEAR, weight: 0.05}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "- code: HQD")
                + ": INDICATOR_WITHOUT_WEIGHT: LEADERS-EVALUATION applies to CITY, COUNTY,"
                + " DEPARTMENT, INSTITUTION, ENTERPRISE but has no weight in this tree",
            yaml.at(CULTURAL, "{indicator: REGULAR-HALF-YEAR")
                + ": INDICATOR_NOT_APPLICABLE: REGULAR-HALF-YEAR is scored per half-year: it enters"
                + " only through the source REGULAR");
  }

  @Test
  void anUnknownOrInapplicableIndicatorIsRefused() {
    Yaml yaml =
        SHIPPED
            .edit(CULTURAL, "{indicator: HQD-ENTERPRISE-CULTURAL", "{indicator: HQD-NOPE")
            .edit(ECONOMIC_CITY, "{indicator: HQD-RURAL,", "{indicator: HQD-STRONG-COUNTY,");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(ECONOMIC_CITY, "- code: PERFORMANCE")
                + ": INDICATOR_WITHOUT_WEIGHT: HQD-RURAL applies to CITY, COUNTY but has no weight"
                + " in this tree",
            yaml.at(ECONOMIC_CITY, "{indicator: HQD-STRONG-COUNTY")
                + ": INDICATOR_NOT_APPLICABLE: HQD-STRONG-COUNTY does not apply to CITY/ECONOMIC"
                + " (it applies to COUNTY)",
            yaml.at(CULTURAL, "- code: HQD")
                + ": INDICATOR_WITHOUT_WEIGHT: HQD-ENTERPRISE-CULTURAL applies to"
                + " ENTERPRISE/CULTURAL but has no weight in this tree",
            yaml.at(CULTURAL, "{indicator: HQD-NOPE")
                + ": UNKNOWN_INDICATOR: unknown indicator HQD-NOPE: the 2026 catalogue has none");
  }

  @Test
  void theUnitResultIsACadresSourceAndCadresHaveNoSurvey() {
    Yaml yaml =
        SHIPPED
            .edit(
                CULTURAL,
                "{source: DEMOCRATIC, weight: 0.05}",
                "{source: UNIT_RESULT, weight: 0.05}")
            .edit(DEPUTY, "{source: DEMOCRATIC, weight: 0.30}", "{source: SURVEY, weight: 0.30}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(CULTURAL, "{source: UNIT_RESULT")
                + ": SOURCE_NOT_FOR_SUBJECT: UNIT_RESULT is the composite of a cadre's unit: it"
                + " enters cadre trees only",
            yaml.at(DEPUTY, "{source: SURVEY")
                + ": SURVEY_5_PERCENT: cadres are not surveyed: a cadre tree has no SURVEY"
                + " component");
  }

  @Test
  void everyUnitMustFallUnderExactlyOneTree() {
    String secondUniversityTree = "[INSTITUTION/RESEARCH_INSTITUTE] >> [INSTITUTION/UNIVERSITY]";
    Yaml yaml =
        SHIPPED.edit(
            "appliesTo: [INSTITUTION/OTHER]", "INSTITUTION/OTHER", "INSTITUTION/UNIVERSITY");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SCHEMES, "- appliesTo: [CITY/ECONOMIC]")
                + ": UNIT_TREES: units of kind INSTITUTION/UNIVERSITY (e.g. GS-I01) fall under the"
                + " trees on lines "
                + yaml.line(SCHEMES, "- appliesTo: [INSTITUTION/UNIVERSITY]")
                + ", "
                + yaml.line(
                    "appliesTo: [INSTITUTION/RESEARCH", "- appliesTo: [INSTITUTION/UNIVERSITY]"),
            yaml.at(SCHEMES, "- appliesTo: [CITY/ECONOMIC]")
                + ": UNIT_TREES: units of kind INSTITUTION/OTHER (e.g. GS-I06) fall under no tree",
            yaml.at(secondUniversityTree, "- code: HQD")
                + ": INDICATOR_WITHOUT_WEIGHT: HQD-UNIVERSITY applies to INSTITUTION/UNIVERSITY but"
                + " has no weight in this tree",
            yaml.at(secondUniversityTree, "{indicator: HQD-DUTIES")
                + ": INDICATOR_NOT_APPLICABLE: HQD-DUTIES does not apply to INSTITUTION/UNIVERSITY"
                + " (it applies to DEPARTMENT, INSTITUTION/OTHER)");
  }

  @Test
  void eachCadreRoleNeedsATree() {
    Yaml yaml = SHIPPED.edit(DEPUTY, DEPUTY, "      DEPUTIES:\n");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at("    cadres:", "PRINCIPAL") + ": UNIT_TREES: cadres need a tree for DEPUTY",
            yaml.at("    cadres:", "DEPUTIES")
                + ": SCHEME_FORMAT: unknown field 'DEPUTIES' in 'cadres'; expected PRINCIPAL,"
                + " DEPUTY");
  }

  @Test
  void aSchemeForAYearWithoutACatalogueIsRefused() {
    Yaml yaml = SHIPPED.edit(SCHEMES, "year: 2026", "year: 2025");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SCHEMES, "2025")
                + ": NO_CATALOGUE: year 2025 has no catalogue in the indicators file");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnceWithItsPlace() {
    Yaml yaml =
        SHIPPED
            .edit(CULTURAL, "{source: REGULAR, weight: 0.30}", "{source: REGULAR, weight: heavy}")
            .edit(CULTURAL, "peerGroup: ENTERPRISE", "peerGroup: ENTERPRISE\n        colour: red")
            .edit(SCHEMES, "tieRule: LEAVE_OUT_TIED", "tieRule: COIN_TOSS")
            .edit(SCHEMES, "excellentShare: {units: 0.30", "excellentShare: {units: 1.30")
            .edit(
                SCHEMES,
                "units: {GOOD: 80, AVERAGE: 60, POOR: 0}",
                "units: {AVERAGE: 60, GOOD: 80, POOR: 0}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at("excellentShare", "1.30")
                + ": PARAMETERS: 'units' must be above 0 and at most 1, found 1.3",
            yaml.at("gradeBands", "{AVERAGE")
                + ": PARAMETERS: the bands for units must give GOOD, AVERAGE, POOR in this order,"
                + " each from a lower composite, the last from 0",
            yaml.at("tieRule", "COIN_TOSS")
                + ": SCHEME_FORMAT: 'tieRule' must be one of LEAVE_OUT_TIED, found 'COIN_TOSS'",
            yaml.at(CULTURAL, "colour")
                + ": SCHEME_FORMAT: unknown field 'colour' in a unit tree; expected appliesTo,"
                + " peerGroup, components, withoutSurvey",
            yaml.at(CULTURAL, "heavy")
                + ": SCHEME_FORMAT: 'weight' must be a number, found 'heavy'");
  }

  @Test
  void theParametersAreCheckedEachWithItsOwnMessage() {
    Yaml yaml =
        SHIPPED
            .edit(SCHEMES, "regularIndicator: REGULAR-HALF-YEAR", "regularIndicator: HQD-ECONOMY")
            .edit(SCHEMES, "regularThreshold: 90", "regularThreshold: 120")
            .edit(SCHEMES, "{AVERAGE: 1, POOR: 1}", "{AVERAGE: 5, POOR: 1}")
            .edit(
                SCHEMES,
                "    hqdOutstanding:",
                "    vetoCapsGrade: {units: BEST}\n    hqdOutstanding:")
            .edit(SCHEMES, "{test: TOP_SHARE, share: 0.5}", "{test: MIN_SCORE, share: 0.5}")
            .edit(SCHEMES, "perSource: 8, total: 12}", "perSource: 8}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SCHEMES, "HQD-ECONOMY")
                + ": PARAMETERS: 'regularIndicator' must be a half-year indicator of the 2026"
                + " catalogue, found 'HQD-ECONOMY'",
            yaml.at(SCHEMES, "120")
                + ": PARAMETERS: 'regularThreshold' must be from 0 to 100, found 120",
            yaml.at(SCHEMES, "5, POOR")
                + ": PARAMETERS: 'AVERAGE' must be a whole number of grade levels from 0 to 3,"
                + " found '5'",
            yaml.at(SCHEMES, "BEST")
                + ": PARAMETERS: 'units' must be one of EXCELLENT, GOOD, AVERAGE, POOR, found 'BEST'",
            yaml.at(SCHEMES, "{test: MIN_SCORE")
                + ": PARAMETERS: the test MIN_SCORE takes 'score' and nothing else",
            yaml.at(SCHEMES, "{perFinding: 5") + ": SCHEME_FORMAT: 'deductionCaps' needs 'total'");
  }

  @Test
  void theShapeOfTheFileIsCheckedEachWithItsOwnMessage() {
    Yaml yaml =
        SHIPPED
            .edit(SCHEMES, "version: \"2026.1\"", "version: [a, b]")
            .edit(ECONOMIC_CITY, "appliesTo: [CITY/ECONOMIC]", "appliesTo: CITY/ECONOMIC")
            .edit(COUNTY, "appliesTo: [COUNTY]", "appliesTo: [TOWN]")
            .edit(CULTURAL, "          - {source: REGULAR, weight: 0.30}", "          - REGULAR")
            .edit(
                CULTURAL,
                "components:\n              - {indicator: HQD-ENTERPRISE-CULTURAL, weight: 1}",
                "components: []")
            .edit(RURAL_CITY, "\n        peerGroup: CITY", "");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SCHEMES, "[a, b]") + ": SCHEME_FORMAT: 'version' must be a single value",
            yaml.at("appliesTo: CITY/ECONOMIC", "CITY/ECONOMIC")
                + ": SCHEME_FORMAT: 'appliesTo' must be a list",
            yaml.at(RURAL_CITY, "appliesTo") + ": SCHEME_FORMAT: a unit tree needs 'peerGroup'",
            yaml.at("appliesTo: [TOWN]", "TOWN")
                + ": SCHEME_FORMAT: 'TOWN' must be a category (CITY, COUNTY, DEPARTMENT, INSTITUTION,"
                + " ENTERPRISE) or CATEGORY/TYPE",
            yaml.at(CULTURAL, "[]") + ": SCHEME_FORMAT: 'components' must not be empty",
            yaml.at(CULTURAL, "REGULAR") + ": SCHEME_FORMAT: a component must be a mapping");
  }

  @Test
  void aYearMayHaveOneSchemeOnly() {
    String scheme = SHIPPED.text().substring(SHIPPED.text().indexOf("  - year: 2026"));
    Yaml yaml = new Yaml(SHIPPED.text() + scheme);

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(DEPUTY + " >> year: 2026", "2026")
                + ": SCHEME_FORMAT: year 2026 already has a scheme on line "
                + yaml.line(SCHEMES, "year: 2026"));
  }

  @Test
  void aCadreTreeWeighsTheIndicatorsScoredForCadres() {
    Yaml yaml =
        SHIPPED.edit(
            "      PRINCIPAL:",
            "{indicator: LEADERS-EVALUATION, weight: 0.20}",
            "{indicator: PARTY-BUILDING, weight: 0.20}");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at("      PRINCIPAL:", "- {source: REGULAR")
                + ": INDICATOR_WITHOUT_WEIGHT: LEADERS-EVALUATION applies to cadres but has no"
                + " weight in this tree",
            yaml.at("      PRINCIPAL:", "{indicator: PARTY-BUILDING")
                + ": INDICATOR_NOT_APPLICABLE: PARTY-BUILDING is not scored for cadres");
  }

  @Test
  void aYearThatIsNotAWholeNumberIsRefused() {
    Yaml yaml = SHIPPED.edit(SCHEMES, "year: 2026", "year: twenty");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SCHEMES, "twenty")
                + ": SCHEME_FORMAT: 'year' must be a whole number, found 'twenty'");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(problems(new Yaml("# nothing yet\n")))
        .containsExactly("SCHEME_FORMAT: the file is empty; it must hold 'schemes'");
  }

  @Test
  void everyUnitTreeNeedsOneHqdNodeAndDistinctCodes() {
    Yaml yaml =
        SHIPPED
            .edit(CULTURAL, "code: HQD", "code: DEVELOPMENT")
            .edit(RURAL_CITY, "code: BUSINESS", "code: HQD");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(RURAL_CITY, "appliesTo")
                + ": HQD_NODE: a unit tree needs one node coded HQD over its high-quality"
                + " development indicators",
            yaml.at(RURAL_CITY + " >> code: HQD", "code: HQD")
                + ": COMPONENT_CODES_UNIQUE: component code HQD is already used on line "
                + yaml.line(RURAL_CITY, "code: HQD"),
            yaml.at(CULTURAL, "appliesTo")
                + ": HQD_NODE: a unit tree needs one node coded HQD over its high-quality"
                + " development indicators");
  }

  @Test
  void aCitysHighQualityDevelopmentMustSitUnderItsPerformance() {
    Yaml yaml =
        SHIPPED
            .edit(ECONOMIC_CITY, "code: HQD", "code: HQD-SHARE")
            .edit(ECONOMIC_CITY, "code: PERFORMANCE", "code: HQD")
            .edit(ECONOMIC_CITY, "withoutSurvey: PERFORMANCE", "withoutSurvey: HQD");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(ECONOMIC_CITY, "code: HQD")
                + ": CITY_HQD_SHARE: for cities HQD must sit under the node of the economic and"
                + " social development performance, not at the top level");
  }

  @Test
  void aTreeWithTheSurveyMustSayWhereItsWeightGoesForUnitsNotSurveyed() {
    Yaml yaml = SHIPPED.edit(SURVEYED_DEPARTMENT, "\n        withoutSurvey: HQD", "");

    assertThat(problems(yaml))
        .containsExactly(
            yaml.at(SURVEYED_DEPARTMENT, "appliesTo")
                + ": SURVEY_SHARE_TARGET: a tree with a SURVEY component needs 'withoutSurvey': the"
                + " top-level component that takes its weight for a unit that is not surveyed");
  }

  @Test
  void anOperatorsSchemeForItsOwnCatalogueIsRead() throws IOException {
    String catalogue = resource("/operator/indicators.yml");
    var catalogues =
        org.kaohe.platform.reference.IndicatorCatalogueYaml.read(
            stream(catalogue), "indicators.yml", java.util.Set.of("PROV-STATS", "PROV-ORG"));

    List<ScoringScheme> schemes =
        SchemesYaml.read(
            stream(resource("/operator/schemes.yml")),
            "schemes.yml",
            REFERENCE.units(),
            catalogues);

    SchemeParameters parameters = schemes.get(0).parameters();
    assertThat(parameters.vetoCapsGrade().units()).contains("AVERAGE");
    assertThat(parameters.vetoCapsGrade().cadres()).isEmpty();
    assertThat(parameters.hqdOutstanding())
        .isEqualTo(
            new SchemeParameters.HqdTest(
                SchemeParameters.HqdTest.Kind.MIN_SCORE, new BigDecimal("80")));
    assertThat(parameters.bandGrade(GradeScale.UNITS, new BigDecimal("74.99")))
        .isEqualTo("AVERAGE");
    assertThat(parameters.bandGrade(GradeScale.UNITS, new BigDecimal("75"))).isEqualTo("GOOD");
  }

  static List<String> problems(Yaml yaml) {
    InvalidReferenceFile invalid =
        catchThrowableOfType(
            InvalidReferenceFile.class,
            () ->
                SchemesYaml.read(
                    stream(yaml.text()), "schemes.yml", REFERENCE.units(), REFERENCE.catalogues()));
    assertThat(invalid).as("the scheme is refused").isNotNull();
    assertThat(invalid.origin()).isEqualTo("schemes.yml");
    return invalid.problems();
  }

  /** A scheme file's text, edited from the shipped one. */
  record Yaml(String text) {
    /** With the first {@code from} after {@code marker} replaced. */
    Yaml edit(String marker, String from, String to) {
      int at = find(marker, from);
      return new Yaml(text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /**
     * {@code line L, column C} of the first {@code snippet} after {@code marker}; a marker {@code A
     * >> B} is the first B after A, and the snippet is then sought after its start.
     */
    String at(String marker, String snippet) {
      int at = find(marker, snippet);
      return "line " + line(marker, snippet) + ", column " + (at - text.lastIndexOf('\n', at - 1));
    }

    int line(String marker, String snippet) {
      return (int) text.substring(0, find(marker, snippet)).chars().filter(c -> c == '\n').count()
          + 1;
    }

    private int find(String marker, String snippet) {
      int split = marker.lastIndexOf(" >> ");
      if (split > 0) {
        int markerAt = find(marker.substring(0, split), marker.substring(split + 4));
        int at = text.indexOf(snippet, markerAt + 1);
        assertThat(at).as(snippet).isNotNegative();
        return at;
      }
      int markerAt = text.indexOf(marker);
      assertThat(markerAt).as(marker).isNotNegative();
      int at = text.indexOf(snippet, markerAt);
      assertThat(at).as(snippet).isNotNegative();
      return at;
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in = SchemesYamlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shipped() {
    return resource("/reference/" + ReferenceFiles.SCHEMES);
  }
}
