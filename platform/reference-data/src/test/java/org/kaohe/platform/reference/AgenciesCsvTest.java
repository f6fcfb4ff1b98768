package org.kaohe.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kaohe.platform.reference.TestFiles.text;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgenciesCsvTest {
  private static final String HEADER = AgenciesCsv.HEADER + "\n";

  @Test
  void theShippedFileHasTheAgenciesTheDomainNames() {
    assertThat(TestFiles.shippedAgencyCodes())
        .contains(
            "PROV-ORG",
            "PROV-NDRC",
            "PROV-STATS",
            "PROV-AUDIT",
            "PROV-DISCIPLINE",
            "PROV-PETITIONS",
            "PROV-ENV",
            "PROV-SURVEY",
            "PROV-MARKET");
    assertThat(ReferenceFiles.shipped().agencies().get(0).name()).isEqualTo("省委组织部");
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsReportedWithItsNumber() {
    assertThat(problems(HEADER + "PROV-STATS,省统计局\n"))
        .containsExactly("line 2: expected 3 fields (" + AgenciesCsv.HEADER + "), found 2");
  }

  @Test
  void aBadCodeIsReported() {
    assertThat(problems(HEADER + "prov-stats,省统计局,Statistics\n"))
        .containsExactly(
            "line 2: code must be 2-32 upper-case letters, digits or '-', found 'prov-stats'");
  }

  @Test
  void anAgencyWithoutANameIsReported() {
    assertThat(problems(HEADER + "PROV-STATS,,Statistics\n"))
        .containsExactly("line 2: name is empty");
  }

  @Test
  void aDuplicateCodeIsReportedWithTheLineThatHasItFirst() {
    assertThat(problems(HEADER + "PROV-STATS,省统计局,\nPROV-STATS,统计局,\n"))
        .containsExactly("line 3: agency code PROV-STATS is already on line 2");
  }

  @Test
  void aWrongHeaderOrNoAgenciesIsReported() {
    assertThat(problems("code,name\n"))
        .containsExactly(
            "line 1: the header must be '" + AgenciesCsv.HEADER + "', found 'code,name'");
    assertThat(problems(HEADER)).containsExactly("the file lists no agencies");
  }

  private static List<String> problems(String csv) {
    return catchThrowableOfType(
            InvalidReferenceFile.class, () -> AgenciesCsv.read(text(csv), "agencies.csv"))
        .problems();
  }
}
