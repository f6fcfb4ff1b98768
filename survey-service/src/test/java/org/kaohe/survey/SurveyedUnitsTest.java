package org.kaohe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.units.SurveyedUnit;
import org.kaohe.survey.units.SurveyedUnitsCsv;

class SurveyedUnitsTest {

  @Test
  void theShippedReferenceListHas14Cities86CountiesAnd19Departments() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/reference/gansu-surveyed-units.csv")) {
      List<SurveyedUnit> units = SurveyedUnitsCsv.read(in, "reference");

      Map<String, Long> byCategory =
          units.stream()
              .collect(Collectors.groupingBy(SurveyedUnit::category, Collectors.counting()));
      assertThat(byCategory)
          .containsEntry("CITY", 14L)
          .containsEntry("COUNTY", 86L)
          .containsEntry("DEPARTMENT", 19L);
      assertThat(units.get(0).code().value()).isEqualTo("620100");
      assertThat(units.get(0).name()).isEqualTo("兰州市");
    }
  }

  @Test
  void aBadLineIsReportedWithItsNumber() {
    String csv =
        "code,name,english_name,category,type,parent_code\n620100,兰州市,Lanzhou,CITY,ECONOMIC,620000\nx,y,z,TOWN,,\n";

    assertThatThrownBy(() -> SurveyedUnitsCsv.read(stream(csv), "units.csv"))
        .hasMessageContaining("units.csv line 3")
        .hasMessageContaining("TOWN");
  }

  @Test
  void aFileWithTheWrongHeaderIsRejected() {
    assertThatThrownBy(() -> SurveyedUnitsCsv.read(stream("id,name\n"), "units.csv"))
        .hasMessageContaining("first line must be");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
