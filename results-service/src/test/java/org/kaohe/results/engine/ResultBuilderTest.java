package org.kaohe.results.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.scheme.ScoringSchemes;

class ResultBuilderTest {
  private final ResultBuilder builder =
      new ResultBuilder(ReferenceFiles.shipped(), ScoringSchemes.shipped());

  @Test
  void aUnitsPeerGroupKeysAreThoseOfTheUnitsOfItsGroupInTheYear() {
    assertThat(builder.peerGroupKeys("UNIT:620100:2026"))
        .hasSize(14)
        .contains("UNIT:620100:2026", "UNIT:623000:2026")
        .allMatch(key -> key.startsWith("UNIT:62") && key.endsWith(":2026"));
  }

  @Test
  void aCadresPeerGroupKeysAreThoseOfTheCadresOfTheSameRoleInUnitsOfTheSameCategory() {
    assertThat(builder.peerGroupKeys("CADRE:C-620100-2:2026"))
        .hasSize(14)
        .contains("CADRE:C-620100-2:2026", "CADRE:C-623000-2:2026")
        .doesNotContain("CADRE:C-620100-1:2026");
  }

  @Test
  void aSubjectNoGroupHoldsHasNoPeerGroupKeys() {
    assertThat(builder.peerGroupKeys("UNIT:999999:2026")).isEmpty();
    assertThat(builder.peerGroupKeys("UNIT:620100:1999")).isEmpty();
    assertThat(builder.peerGroupKeys("CADRE:C-NOBODY:2026")).isEmpty();
  }
}
