package org.kaohe.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kaohe.platform.reference.TestFiles.text;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitsCsvTest {
  private static final String HEADER = UnitsCsv.HEADER + "\n";
  private static final String LANZHOU = "620100,兰州市,Lanzhou,CITY,ECONOMIC,620000,true\n";

  @Test
  void theShippedFileHasEveryCategoryWithTheSurveyedUnitsAmongThem() {
    Map<UnitCategory, Long> byCategory =
        ReferenceFiles.shipped().units().stream()
            .collect(Collectors.groupingBy(AssessedUnit::category, Collectors.counting()));

    assertThat(byCategory)
        .containsEntry(UnitCategory.CITY, 14L)
        .containsEntry(UnitCategory.COUNTY, 86L)
        .containsEntry(UnitCategory.DEPARTMENT, 19L)
        .containsEntry(UnitCategory.INSTITUTION, 6L)
        .containsEntry(UnitCategory.ENTERPRISE, 5L);
  }

  @Test
  void theShippedSurveyedUnitsAre14Cities86CountiesAnd19Departments() {
    Map<UnitCategory, Long> byCategory =
        ReferenceFiles.shipped().surveyedUnits().stream()
            .collect(Collectors.groupingBy(AssessedUnit::category, Collectors.counting()));

    assertThat(byCategory)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(UnitCategory.CITY, 14L, UnitCategory.COUNTY, 86L, UnitCategory.DEPARTMENT, 19L));
    assertThat(ReferenceFiles.shipped().surveyedUnits().get(0).name()).isEqualTo("兰州市");
  }

  @Test
  void surveyedMustBeTrueOrFalse() {
    assertThat(problems(HEADER + "620100,兰州市,Lanzhou,CITY,ECONOMIC,620000,yes\n"))
        .containsExactly("line 2: surveyed must be true or false, found 'yes'");
  }

  @Test
  void aUnitHasItsCategoryAndTypeAndACountyHasNoType() throws IOException {
    List<AssessedUnit> units =
        UnitsCsv.read(text(HEADER + LANZHOU + "620102,城关区,,COUNTY,,620100,false\n"), "units.csv");

    assertThat(units.get(0).kind()).isEqualTo("CITY/ECONOMIC");
    assertThat(units.get(1).type()).isNull();
    assertThat(units.get(1).kind()).isEqualTo("COUNTY");
    assertThat(units.get(1).parentCode().value()).isEqualTo("620100");
  }

  @Test
  void commentsBlankLinesWindowsLineEndingsAndQuotedFieldsAreAccepted() throws IOException {
    String csv =
        "\uFEFF# units\r\n"
            + HEADER.replace("\n", "\r\n")
            + "\r\n"
            + "GS-E09,\"某集团, 有限公司\",\"The \"\"Group\"\"\",ENTERPRISE,FINANCIAL,620000,false\r\n";

    AssessedUnit unit = UnitsCsv.read(text(csv), "units.csv").get(0);

    assertThat(unit.name()).isEqualTo("某集团, 有限公司");
    assertThat(unit.englishName()).isEqualTo("The \"Group\"");
  }

  @Test
  void aWrongHeaderIsReportedOnItsLine() {
    assertThat(problems("# comment\nid,name\n" + LANZHOU))
        .containsExactly("line 2: the header must be '" + UnitsCsv.HEADER + "', found 'id,name'");
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(problems("# only a comment\n"))
        .containsExactly(
            "the file is empty; it must start with the header '" + UnitsCsv.HEADER + "'");
    assertThat(problems(HEADER)).containsExactly("the file lists no units");
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsReportedWithItsNumber() {
    assertThat(problems(HEADER + LANZHOU + "620200,嘉峪关市,CITY,ECONOMIC,620000,false\n"))
        .containsExactly("line 3: expected 7 fields (" + UnitsCsv.HEADER + "), found 6");
  }

  @Test
  void anUnclosedQuoteIsReportedWithItsLineNumber() {
    assertThat(problems(HEADER + "620200,\"嘉峪关市,Jiayuguan,CITY,ECONOMIC,620000,false\n"))
        .containsExactly("line 2: a quoted field is not closed");
  }

  @Test
  void aBadCodeOrParentCodeIsReported() {
    assertThat(problems(HEADER + "lanzhou,兰州市,Lanzhou,CITY,ECONOMIC,gansu,false\n"))
        .containsExactly(
            "line 2: code must be 2-32 upper-case letters, digits or '-', found 'lanzhou'",
            "line 2: parent_code must be 2-32 upper-case letters, digits or '-', found 'gansu'");
  }

  @Test
  void aUnitWithoutANameIsReported() {
    assertThat(problems(HEADER + "620100,,Lanzhou,CITY,ECONOMIC,620000,false\n"))
        .containsExactly("line 2: name is empty");
  }

  @Test
  void anUnknownCategoryIsReportedWithTheKnownOnes() {
    assertThat(problems(HEADER + LANZHOU + "620199,某镇,,TOWN,,620100,false\n"))
        .containsExactly(
            "line 3: category must be one of CITY, COUNTY, DEPARTMENT, INSTITUTION, ENTERPRISE,"
                + " found 'TOWN'");
  }

  @Test
  void aTypeMustBeOneOfItsCategorysTypes() {
    assertThat(
            problems(
                HEADER
                    + "620100,兰州市,Lanzhou,CITY,RURAL,620000,false\n"
                    + "620200,嘉峪关市,Jiayuguan,CITY,,620000,false\n"
                    + "GS-I01,某大学,,INSTITUTION,FINANCIAL,620000,false\n"))
        .containsExactly(
            "line 2: type must be one of ECONOMIC, RURAL_REVITALIZATION, ETHNIC for category CITY,"
                + " found 'RURAL'",
            "line 3: type is required for category CITY: one of ECONOMIC, RURAL_REVITALIZATION,"
                + " ETHNIC",
            "line 4: type must be one of UNIVERSITY, RESEARCH_INSTITUTE, OTHER for category"
                + " INSTITUTION, found 'FINANCIAL'");
  }

  @Test
  void aCountyHasNoType() {
    assertThat(problems(HEADER + LANZHOU + "620102,城关区,,COUNTY,ECONOMIC,620100,false\n"))
        .containsExactly("line 3: units of category COUNTY have no type, found 'ECONOMIC'");
  }

  @Test
  void aDuplicateCodeIsReportedWithTheLineThatHasItFirst() {
    assertThat(problems(HEADER + LANZHOU + "# again\n" + LANZHOU))
        .containsExactly("line 4: unit code 620100 is already on line 2");
  }

  @Test
  void aCountysParentMustBeACityOfTheFile() {
    assertThat(problems(HEADER + LANZHOU + "629901,某县,,COUNTY,,629900,false\n"))
        .containsExactly("line 3: parent_code 629900 of county 629901 is not a city of this file");
  }

  @Test
  void everyBadLineIsReportedAtOnceNamingTheFile() {
    InvalidReferenceFile invalid =
        catchThrowableOfType(
            InvalidReferenceFile.class,
            () ->
                UnitsCsv.read(text(HEADER + "x,,,TOWN,,,false\n" + LANZHOU + "y\n"), "units.csv"));

    assertThat(invalid.problems()).hasSize(5);
    assertThat(invalid.getMessage())
        .startsWith("units.csv is invalid:\n  line 2: code must be")
        .endsWith("\n  line 4: expected 7 fields (" + UnitsCsv.HEADER + "), found 1");
  }

  private static List<String> problems(String csv) {
    return catchThrowableOfType(
            InvalidReferenceFile.class, () -> UnitsCsv.read(text(csv), "units.csv"))
        .problems();
  }
}
