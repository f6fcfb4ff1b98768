package org.kaohe.assessment.submission.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.assessment.round.application.ScoreInput;
import org.kaohe.assessment.submission.FieldRulesForTests;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

class BatchItemsTest {
  private static final String RULE =
      "must be a number with at most 18 digits before the decimal point and 18 after it";
  private final JsonMapper json = FieldRulesForTests.json();
  private final BatchReader reader = new BatchReader(json, FieldRulesForTests.numbers(), 100);
  private final BatchItems items = new BatchItems(json, FieldRulesForTests.rules());

  @Test
  void aValidItemIsReadyWithItsIdAsTheRequestId() {
    BatchItem item =
        prepareArray(
                "[{\"itemId\":\"a-1\",\"unitCode\":\"620100\",\"year\":2026,"
                    + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":87.5,\"replaces\":80,"
                    + "\"reason\":\"revised\"}]")
            .get(0);

    assertThat(item.itemId()).isEqualTo("a-1");
    assertThat(item.prepared())
        .isEqualTo(
            new Prepared.Ready(
                "a-1",
                new ScoreInput(
                    "620100",
                    2026,
                    "HQD-ECONOMY",
                    null,
                    null,
                    new BigDecimal("87.5"),
                    new BigDecimal("80"),
                    "revised")));
  }

  @Test
  void aNumberOutOfBoundsIsNamedByTheRuleAndOneWithinIsKeptExactly() {
    List<BatchItem> prepared =
        prepareArray(
            "[{\"itemId\":\"a\",\"unitCode\":\"620100\",\"year\":2026,"
                + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":1e999999999,"
                + "\"replaces\":1e-400,\"reason\":\"revised\"},"
                + "{\"itemId\":\"b\",\"unitCode\":\"620100\",\"year\":2026,"
                + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":99.99999999999999999}]");

    assertThat(violations(prepared.get(0)))
        .containsExactly(new FieldViolation("value", RULE), new FieldViolation("replaces", RULE));
    assertThat(((Prepared.Ready) prepared.get(1).prepared()).input().value())
        .isEqualTo(new BigDecimal("99.99999999999999999"));
  }

  @Test
  void aNumberNoDecimalHoldsRefusesOnlyItsItemInAnArrayAndInNdjson() {
    String beyond = "{\"itemId\":\"a\",\"value\":1e99999999999,\"more\":{\"deep\":[1,2]}}";
    String next = score("b");
    List<BatchItem> fromArray =
        items.prepare(reader.readArray(bytes("[" + beyond + "," + next + "]")));
    List<BatchItem> fromLines = items.prepare(reader.readLines(bytes(beyond + "\n" + next)));

    for (List<BatchItem> prepared : List.of(fromArray, fromLines)) {
      assertThat(violations(prepared.get(0))).containsExactly(new FieldViolation("value", RULE));
      assertThat(prepared.get(1).prepared()).isInstanceOf(Prepared.Ready.class);
    }
  }

  @Test
  void everyFieldOfTheWrongTypeAndEveryBrokenRuleIsNamedAtOnce() {
    BatchItem item =
        prepareArray(
                "[{\"itemId\":7,\"unitCode\":\"lanzhou\",\"year\":\"soon\","
                    + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":\"high\",\"period\":\"H3\"}]")
            .get(0);

    assertThat(item.itemId()).isEqualTo("7");
    assertThat(violations(item))
        .containsExactlyInAnyOrder(
            new FieldViolation("year", "must be a whole number, found \"soon\""),
            new FieldViolation("value", "must be a number, found \"high\""),
            new FieldViolation("unitCode", "must be a unit code such as 620100 or GS-D01"),
            new FieldViolation("period", "must be H1 or H2"));
  }

  @Test
  void anItemWithoutAnIdOrWithAnIdAnotherItemHasIsRefused() {
    List<BatchItem> prepared =
        prepareArray("[" + score("x") + "," + score("") + "," + score("x") + ",{\"itemId\":[1]}]");

    assertThat(violations(prepared.get(0)))
        .contains(
            new FieldViolation(
                "itemId",
                "itemId x is given to more than one item (item 1, item 3); each item needs its"
                    + " own"));
    assertThat(violations(prepared.get(2))).hasSize(1);
    assertThat(violations(prepared.get(1)))
        .containsExactly(
            new FieldViolation("itemId", "must be given: the client's own id of this item"));
    assertThat(prepared.get(3).itemId()).isNull();
    assertThat(violations(prepared.get(3)))
        .contains(new FieldViolation("itemId", "must be text or a number, found [1]"));
  }

  @Test
  void anElementThatIsNotAnObjectOrALineThatIsNotJsonIsRefusedByItsPosition() {
    assertThat(problem(prepareArray("[" + score("a") + ", \"b\"]").get(1)).getDetail())
        .isEqualTo(
            "item 2 is not a JSON object: each item is an object with its itemId and the fields"
                + " of one score");
    BatchItem broken =
        items.prepare(reader.readLines(bytes(score("a") + "\n{\"itemId\":\"b\","))).get(1);
    assertThat(broken.line()).isEqualTo(2);
    assertThat(problem(broken).getStatus()).isEqualTo(400);
    assertThat(problem(broken).getDetail()).startsWith("line 2 is not valid JSON");
  }

  private List<BatchItem> prepareArray(String body) {
    return items.prepare(reader.readArray(bytes(body)));
  }

  private static String score(String itemId) {
    return "{\"itemId\":\""
        + itemId
        + "\",\"unitCode\":\"620100\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\","
        + "\"value\":80}";
  }

  private static ProblemDetail problem(BatchItem item) {
    return ((Prepared.Refused) item.prepared()).problem();
  }

  @SuppressWarnings("unchecked")
  private static List<FieldViolation> violations(BatchItem item) {
    return (List<FieldViolation>) problem(item).getProperties().get("errors");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
