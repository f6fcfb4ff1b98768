package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The round's rules over HTTP: a score is never overwritten unknowingly (409 with the current
 * value), a correction needs a reason, and cadres' and half-year scores are scores of their own.
 */
class RoundRulesIT extends ServiceIT {

  @Test
  void secondScoreForARecordedIndicatorWithoutAReasonConflictsShowingTheCurrentValue() {
    post("PROV-STATS", score("620100", "HQD-ECONOMY", "80")).expectStatus().isCreated();

    post("PROV-STATS", score("620100", "HQD-ECONOMY", "82"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            detail ->
                assertThat((String) detail)
                    .startsWith("HQD-ECONOMY already has the score 80 (recorded by PROV-STATS at")
                    .endsWith("to correct it, name the value it replaces and give a reason"))
        .jsonPath("$.current.value")
        .isEqualTo(80)
        .jsonPath("$.current.agency")
        .isEqualTo("PROV-STATS");
    assertThat(storedEvents("620100-2026")).hasSize(1);
  }

  @Test
  void correctionNamingAStaleValueConflictsAndOneNamingTheCurrentValueIsRecorded() {
    post("PROV-STATS", score("620200", "HQD-ECONOMY", "70")).expectStatus().isCreated();

    post("PROV-STATS", correction("620200", "71", "65", "revised"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.current.value")
        .isEqualTo(70);
    post("PROV-STATS", correction("620200", "71", "70", "revised GDP"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.previousValue")
        .isEqualTo(70);
  }

  @Test
  void correctionWithoutAReasonIsRefusedNamingTheReasonField() {
    post("PROV-STATS", score("620300", "HQD-ECONOMY", "70")).expectStatus().isCreated();

    expectProblem(
            post("PROV-STATS", correction("620300", "71", "70", null)),
            400,
            "a correction of HQD-ECONOMY needs a reason")
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
  }

  @Test
  void cadresAndTheirUnitHaveSeparateHalfYearScores() {
    Map<String, Object> unit = score("620400", "REGULAR-HALF-YEAR", "88");
    unit.put("period", "H1");
    Map<String, Object> principal = new HashMap<>(unit);
    principal.put("cadreCode", "C-620400-1");
    principal.put("value", 93);
    Map<String, Object> secondHalf = new HashMap<>(principal);
    secondHalf.put("period", "H2");

    post("PROV-ORG", unit).expectStatus().isCreated();
    post("PROV-ORG", principal)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.cadreCode")
        .isEqualTo("C-620400-1")
        .jsonPath("$.previousValue")
        .doesNotExist();
    post("PROV-ORG", secondHalf).expectStatus().isCreated();

    assertThat(storedEvents("620400-2026")).hasSize(3);
  }

  @Test
  void aCadreOfAnotherUnitOrAMissingPeriodIsRefusedNamingTheFields() {
    Map<String, Object> body = score("620500", "REGULAR-HALF-YEAR", "88");
    body.put("cadreCode", "C-620100-1");

    expectProblem(
            post("PROV-ORG", body),
            400,
            "cadre C-620100-1 belongs to unit 620100, not 620500; REGULAR-HALF-YEAR is scored per"
                + " half-year: period must be one of H1, H2, found null")
        .jsonPath("$.errors.length()")
        .isEqualTo(2);
  }

  private WebTestClient.ResponseSpec post(String agency, Object body) {
    return postScore("agency", agency, body);
  }

  private static Map<String, Object> score(String unit, String indicator, String value) {
    return new HashMap<>(score(unit, 2026, indicator, Double.parseDouble(value)));
  }

  private static Map<String, Object> correction(
      String unit, String value, String replaces, String reason) {
    Map<String, Object> body = score(unit, "HQD-ECONOMY", value);
    body.put("replaces", Double.valueOf(replaces));
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }
}
