package org.kaohe.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kaohe.platform.reference.TestFiles.text;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.UnitCode;

class CadresCsvTest {
  private static final Set<String> UNITS = Set.of("620100", "GS-D01");

  @Test
  void theShippedCadresHaveAPrincipalAndADeputyInEveryCity() {
    List<Cadre> cadres = ReferenceFiles.shipped().cadres();
    ReferenceData reference = ReferenceFiles.shipped();

    assertThat(reference.cadresOf("620100"))
        .extracting(Cadre::role)
        .containsExactly(CadreRole.PRINCIPAL, CadreRole.DEPUTY);
    assertThat(cadres).extracting(Cadre::unitCode).contains(new UnitCode("GS-D01"));
  }

  @Test
  void everyBadLineIsReportedWithItsNumber() throws Exception {
    String csv =
        String.join(
            "\n",
            CadresCsv.HEADER,
            "C-620100-1,张三,620100,PRINCIPAL",
            "C-620100-1,李四,620100,DEPUTY",
            "c-lower,王五,620100,DEPUTY",
            "C-999999-1,赵六,999999,PRINCIPAL",
            "C-GS-D01-1,钱七,GS-D01,LEADER",
            "C-GS-D01-2,,GS-D01",
            "");

    InvalidReferenceFile invalid =
        catchThrowableOfType(
            InvalidReferenceFile.class, () -> CadresCsv.read(text(csv), "cadres.csv", UNITS));

    assertThat(invalid.problems())
        .containsExactly(
            "line 3: cadre code C-620100-1 is already on line 2",
            "line 4: code must be 2-32 upper-case letters, digits or '-', found 'c-lower'",
            "line 5: unknown unit 999999 (not in the units file)",
            "line 6: role must be PRINCIPAL or DEPUTY, found 'LEADER'",
            "line 7: expected 4 fields (code,name,unit_code,role), found 3");
  }
}
