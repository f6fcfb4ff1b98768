package org.kaohe.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.events.EventCatalog.EventType;

/**
 * Every published event type has a stored example in the CloudEvents JSON format, naming the
 * catalogued type and revision, whose data reads into the type's record and writes back unchanged.
 */
class EventExamplesTest {

  static Iterable<EventType> eventTypes() {
    return EventCatalog.all();
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void storedExampleNamesTheCataloguedTypeAndRevision(EventType type) throws IOException {
    JsonNode example = example(type);

    assertThat(example.get("specversion").asText()).isEqualTo("1.0");
    assertThat(example.get("type").asText()).isEqualTo(type.type());
    assertThat(example.get("dataschema").asText()).isEqualTo(type.dataSchema());
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void storedExampleDataSurvivesTheJsonFormOfEventData(EventType type) throws IOException {
    JsonNode data = example(type).get("data");

    Object read = EventJson.mapper().treeToValue(data, type.payloadClass());

    assertThat(read).isInstanceOf(type.payloadClass());
    assertThat(EventJson.mapper().readTree(EventJson.write(read))).isEqualTo(data);
  }

  private static JsonNode example(EventType type) throws IOException {
    return EventJson.mapper().readTree(EventExamples.json(type));
  }
}
