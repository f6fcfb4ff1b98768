package org.kaohe.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kaohe.platform.reference.TestFiles.text;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.AgencyCode;

class VetoItemsCsvTest {
  private static final String HEADER = VetoItemsCsv.HEADER + "\n";
  private static final Set<String> AGENCIES = Set.of("PROV-ORG", "PROV-EMERGENCY", "PROV-ENV");

  @Test
  void theShippedFileNamesACompetentDepartmentPerItemAndTheOrganizationDepartmentProposesAll() {
    List<VetoItem> items = ReferenceFiles.shipped().vetoItems().all();

    assertThat(items)
        .extracting(item -> item.code().value() + "→" + item.competentDepartment())
        .containsExactly(
            "VETO-SAFETY→PROV-EMERGENCY",
            "VETO-ENVIRONMENT→PROV-ENV",
            "VETO-DISCIPLINE→PROV-DISCIPLINE",
            "VETO-STABILITY→PROV-POLITICAL-LEGAL",
            "VETO-AUDIT→PROV-AUDIT",
            "VETO-PETITIONS→PROV-PETITIONS");
    assertThat(items).allMatch(item -> item.mayBeProposedBy(new AgencyCode("PROV-ORG")));
    assertThat(items.get(0).name()).isEqualTo("发生重大生产安全责任事故");
  }

  @Test
  void proposersAreSeparatedByBars() throws IOException {
    List<VetoItem> items =
        VetoItemsCsv.read(
            text(HEADER + "VETO-SAFETY,安全事故,,PROV-EMERGENCY,PROV-ORG | PROV-ENV\n"),
            "veto-items.csv",
            AGENCIES);

    assertThat(items.get(0).proposedBy())
        .containsExactly(new AgencyCode("PROV-ORG"), new AgencyCode("PROV-ENV"));
  }

  @Test
  void unknownAgenciesAreReportedWithTheirLineAndColumn() {
    assertThat(
            problems(
                HEADER
                    + "VETO-SAFETY,安全事故,,PROV-EMERGENCY,PROV-ORG\n"
                    + "VETO-ENVIRONMENT,环境事件,,PROV-ECOLOGY,PROV-ORG|PROV-NOPE\n"))
        .containsExactly(
            "line 3: competent_department 'PROV-ECOLOGY' is not an agency of the agencies file",
            "line 3: proposed_by 'PROV-NOPE' is not an agency of the agencies file");
  }

  @Test
  void aDuplicateCodeIsReportedWithTheLineThatHasItFirst() {
    assertThat(
            problems(
                HEADER
                    + "# a comment line keeps its number\n"
                    + "VETO-SAFETY,安全事故,,PROV-EMERGENCY,PROV-ORG\n"
                    + "VETO-SAFETY,生产安全事故,,PROV-EMERGENCY,PROV-ORG\n"))
        .containsExactly("line 4: veto item code VETO-SAFETY is already on line 3");
  }

  @Test
  void everyBadLineIsReportedAtOnce() {
    assertThat(
            problems(
                HEADER
                    + "veto-safety,安全事故,,PROV-EMERGENCY,PROV-ORG\n"
                    + "VETO-ENVIRONMENT,,,PROV-ENV,\n"
                    + "VETO-AUDIT,审计问题,PROV-ORG\n"))
        .containsExactly(
            "line 2: code must be 2-32 upper-case letters, digits or '-', found 'veto-safety'",
            "line 3: name is empty",
            "line 3: proposed_by is empty; list the agencies that may propose the item, separated"
                + " by '|'",
            "line 4: expected 5 fields (" + VetoItemsCsv.HEADER + "), found 3");
  }

  @Test
  void aWrongHeaderOrNoItemsIsReported() {
    assertThat(problems("code,name,competent_department\n"))
        .containsExactly(
            "line 1: the header must be '"
                + VetoItemsCsv.HEADER
                + "', found 'code,name,competent_department'");
    assertThat(problems(HEADER)).containsExactly("the file lists no veto items");
  }

  private static List<String> problems(String csv) {
    return catchThrowableOfType(
            InvalidReferenceFile.class,
            () -> VetoItemsCsv.read(text(csv), "veto-items.csv", AGENCIES))
        .problems();
  }
}
