package org.kaohe.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.events.EventCatalog.EventType;
import org.kaohe.events.cloudevents.CloudEvent;
import org.kaohe.events.cloudevents.CloudEventsKafka;

/** Every published event type has a stored example that survives the exact Kafka encoding. */
class EventContractTest {

  static Iterable<EventType> eventTypes() {
    return EventCatalog.all();
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void storedExampleRoundTripsThroughTheKafkaBinding(EventType type) throws IOException {
    ObjectNode example = example(type);
    CloudEvent event = toCloudEvent(example, type);

    ProducerRecord<String, byte[]> sent =
        CloudEventsKafka.toRecord("topic", event.subject(), event);
    CloudEvent received = CloudEventsKafka.fromRecord(asConsumed(sent));

    assertThat(received).isEqualTo(event);
    assertThat(received.data()).isInstanceOf(type.payloadClass());
    assertThat(EventJson.mapper().readTree(sent.value())).isEqualTo(example.get("data"));
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void storedExampleNamesTheCataloguedTypeAndRevision(EventType type) throws IOException {
    ObjectNode example = example(type);

    assertThat(example.get("type").asText()).isEqualTo(type.type());
    assertThat(example.get("dataschema").asText()).isEqualTo(type.dataSchema());
    assertThat(example.get("specversion").asText()).isEqualTo(CloudEventsKafka.SPEC_VERSION);
  }

  @Test
  void dataOfAnUnknownTypeIsReadAsJsonSoConsumersCanSkipIt() {
    CloudEvent future =
        new CloudEvent(
            "id-1",
            URI.create("/kaohe/future-service"),
            "org.kaohe.future.SomethingHappened",
            "620100",
            Instant.parse("2027-01-01T00:00:00Z"),
            null,
            Map.of("answer", 42),
            Map.of());

    CloudEvent received =
        CloudEventsKafka.fromRecord(asConsumed(CloudEventsKafka.toRecord("t", "620100", future)));

    assertThat(received.data()).isInstanceOf(JsonNode.class);
    assertThat(((JsonNode) received.data()).get("answer").asInt()).isEqualTo(42);
  }

  @Test
  void recordWithoutCloudEventsHeadersIsRejectedWithItsPosition() {
    ConsumerRecord<String, byte[]> plain =
        new ConsumerRecord<>("assessment.events", 2, 17L, "k", new byte[0]);

    assertThatThrownBy(() -> CloudEventsKafka.fromRecord(plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assessment.events-2@17");
  }

  @Test
  void extensionNamesFollowTheCloudEventsRules() {
    assertThatThrownBy(
            () ->
                new CloudEvent(
                    "id", URI.create("/x"), "t", null, null, null, "d", Map.of("Bad_Name", "v")))
        .hasMessageContaining("Bad_Name");
  }

  private static ObjectNode example(EventType type) throws IOException {
    String path = "/examples/" + type.type() + ".json";
    try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
      assertThat(in).as("stored example " + path).isNotNull();
      return (ObjectNode) EventJson.mapper().readTree(in);
    }
  }

  private static CloudEvent toCloudEvent(ObjectNode example, EventType type) throws IOException {
    Map<String, String> extensions = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!java.util.Set.of(
              "specversion", "id", "source", "type", "subject", "time", "dataschema", "data")
          .contains(field.getKey())) {
        extensions.put(field.getKey(), field.getValue().asText());
      }
    }
    return new CloudEvent(
        example.get("id").asText(),
        URI.create(example.get("source").asText()),
        example.get("type").asText(),
        example.get("subject").asText(),
        Instant.parse(example.get("time").asText()),
        example.get("dataschema").asText(),
        EventJson.mapper().treeToValue(example.get("data"), type.payloadClass()),
        extensions);
  }

  private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> sent) {
    return new ConsumerRecord<>(
        sent.topic(),
        0,
        0L,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        -1,
        sent.key(),
        sent.value(),
        new RecordHeaders(sent.headers().toArray()),
        java.util.Optional.empty());
  }
}
