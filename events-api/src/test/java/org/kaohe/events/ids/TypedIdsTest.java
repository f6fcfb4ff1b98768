package org.kaohe.events.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.kaohe.events.EventJson;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;

/**
 * Round and veto ids are typed in the contracts but keep the JSON shape of the events already
 * stored and published: a plain string, read back from the stored examples as the typed id.
 */
class TypedIdsTest {

  @Test
  void aStoredScoreEventReadsItsRoundIdAsTypedAndWritesItBackAsTheSameString() throws IOException {
    JsonNode data = exampleData("org.kaohe.assessment.ScoreRecorded");

    ScoreRecordedEvent event = EventJson.mapper().treeToValue(data, ScoreRecordedEvent.class);

    assertThat(event.roundId()).isEqualTo(RoundId.of(new UnitCode("620100"), 2026));
    JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
    assertThat(written.get("roundId").isTextual()).isTrue();
    assertThat(written).isEqualTo(data);
  }

  @Test
  void aStoredVetoEventReadsItsVetoIdAsTypedAndWritesItBackAsTheSameString() throws IOException {
    JsonNode data = exampleData("org.kaohe.assessment.VetoProposed");

    VetoProposedEvent event = EventJson.mapper().treeToValue(data, VetoProposedEvent.class);

    assertThat(event.vetoId())
        .isEqualTo(VetoId.of(new UnitCode("620100"), 2026, new VetoItemCode("VETO-SAFETY")));
    JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
    assertThat(written.get("vetoId").isTextual()).isTrue();
    assertThat(written).isEqualTo(data);
  }

  @Test
  void idsPrintAsTheAggregateIdentifierTheEventStoreKeeps() {
    assertThat(RoundId.of(new UnitCode("GS-D01"), 2026)).hasToString("GS-D01-2026");
    assertThat(VetoId.of(new UnitCode("620100"), 2026, new VetoItemCode("VETO-SAFETY")))
        .hasToString("veto:620100:2026:VETO-SAFETY");
  }

  @Test
  void aMalformedRoundIdIsRefusedNamingTheFormat() {
    for (String malformed :
        new String[] {
          "620100",
          "620100-26",
          "-2026",
          "lanzhou-2026",
          "620100-\u0662\u0660\u0662\u0666",
          "A".repeat(33) + "-2026"
        }) {
      assertThatThrownBy(() -> new RoundId(malformed))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(malformed);
    }
    assertThatThrownBy(() -> new RoundId("620100+2026"))
        .hasMessage("round id must be a unit code, '-' and a four-digit year, got: 620100+2026");
  }

  @Test
  void aMalformedVetoIdIsRefusedNamingTheFormat() {
    assertThatThrownBy(() -> new VetoId("veto:620100:2026"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "veto id must be veto:<unit code>:<four-digit year>:<veto item code>, got:"
                + " veto:620100:2026");
    assertThatThrownBy(() -> new VetoId("veto:620100:2026:safety"))
        .hasMessageEndingWith("got: veto:620100:2026:safety");
    assertThatThrownBy(() -> new VetoId("case:620100:2026:VETO-SAFETY"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JsonNode exampleData(String type) throws IOException {
    try (InputStream in = TypedIdsTest.class.getResourceAsStream("/examples/" + type + ".json")) {
      return EventJson.mapper().readTree(in).get("data");
    }
  }
}
