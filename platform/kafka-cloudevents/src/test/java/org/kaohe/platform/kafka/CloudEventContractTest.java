package org.kaohe.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.EventCatalog.EventType;
import org.kaohe.events.EventExamples;
import org.kaohe.events.EventJson;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * Every published event type's stored example, read as CloudEvents JSON by the SDK, survives the
 * exact encoding used on Kafka: the SDK's Kafka serializer in binary mode and back.
 */
class CloudEventContractTest {

  static Iterable<EventType> eventTypes() {
    return EventCatalog.all();
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void storedExampleRoundTripsThroughTheKafkaBinding(EventType type) throws IOException {
    byte[] exampleJson = EventExamples.json(type);
    JsonNode example = EventJson.mapper().readTree(exampleJson);
    TypedCloudEvent event = CloudEventCodec.decode(new JsonFormat().deserialize(exampleJson));

    ConsumerRecord<String, byte[]> record = onKafka(CloudEventCodec.encode(event));
    TypedCloudEvent received = CloudEventCodec.read(record);

    assertThat(received).isEqualTo(event);
    assertThat(received.data()).isInstanceOf(type.payloadClass());
    assertThat(EventJson.mapper().readTree(record.value())).isEqualTo(example.get("data"));
    assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
    Iterator<Map.Entry<String, JsonNode>> attributes = example.fields();
    while (attributes.hasNext()) {
      Map.Entry<String, JsonNode> attribute = attributes.next();
      if (!attribute.getKey().equals("data")) {
        assertThat(header(record.headers(), "ce_" + attribute.getKey()))
            .as(attribute.getKey())
            .isEqualTo(attribute.getValue().asText());
      }
    }
  }

  @Test
  void aRecordInStructuredModeIsReadAsTheSameEvent() throws IOException {
    EventType type = EventCatalog.forPayload(ScoreRecordedEvent.class).orElseThrow();
    TypedCloudEvent event =
        CloudEventCodec.decode(new JsonFormat().deserialize(EventExamples.json(type)));
    byte[] value = new JsonFormat().serialize(CloudEventCodec.encode(event));
    Headers headers = new RecordHeaders();
    headers.add("content-type", JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));

    assertThat(CloudEventCodec.read(received(event.subject(), value, headers))).isEqualTo(event);
  }

  @Test
  void anAttributeHeaderWithoutAValueCanNeverBeApplied() throws IOException {
    ConsumerRecord<String, byte[]> record = scoreRecorded();
    record.headers().remove("ce_subject").add("ce_subject", null);

    assertThatThrownBy(() -> CloudEventCodec.read(record))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessageContaining("subject");
  }

  @Test
  void attributeHeaderNamesAreReadWhateverTheirCase() throws IOException {
    ConsumerRecord<String, byte[]> record = scoreRecorded();
    TypedCloudEvent expected = CloudEventCodec.read(record);
    byte[] subject = record.headers().lastHeader("ce_subject").value();
    record.headers().remove("ce_subject").add("ce_Subject", subject);

    assertThat(CloudEventCodec.read(record)).isEqualTo(expected);
  }

  @Test
  void aTypeOutsideTheCatalogueCanNeverBeApplied() {
    TypedCloudEvent future =
        new TypedCloudEvent(
            "id-1",
            URI.create("/kaohe/future-service"),
            "org.kaohe.future.SomethingHappened",
            "620100",
            Instant.parse("2027-01-01T00:00:00Z"),
            null,
            Map.of("answer", 42),
            Map.of());
    ConsumerRecord<String, byte[]> record = onKafka(CloudEventCodec.encode(future));

    assertThatThrownBy(() -> CloudEventCodec.read(record))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessage("unknown event type org.kaohe.future.SomethingHappened");
  }

  @Test
  void dataThatDoesNotFitItsTypeCanNeverBeApplied() {
    TypedCloudEvent misfit =
        new TypedCloudEvent(
            "id-2",
            URI.create("/kaohe/assessment-service"),
            "org.kaohe.assessment.ScoreRecorded",
            "620100",
            null,
            null,
            Map.of("value", "not a number"),
            Map.of());
    ConsumerRecord<String, byte[]> record = onKafka(CloudEventCodec.encode(misfit));

    assertThatThrownBy(() -> CloudEventCodec.read(record))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessage("data of org.kaohe.assessment.ScoreRecorded id-2 does not fit its type");
  }

  @Test
  void aRecordWithoutCloudEventsHeadersCanNeverBeAppliedAndNamesItsPosition() {
    ConsumerRecord<String, byte[]> plain =
        new ConsumerRecord<>(
            "assessment.events", 2, 17L, "k", "hello".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CloudEventCodec.read(plain))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessage(
            "not a CloudEvent at assessment.events-2@17: Could not parse. Unknown encoding. Invalid content type or spec version");
  }

  @Test
  void extensionNamesFollowTheCloudEventsRules() {
    TypedCloudEvent badName =
        new TypedCloudEvent(
            "id", URI.create("/x"), "t", null, null, null, "d", Map.of("Bad_Name", "v"));

    assertThatThrownBy(() -> CloudEventCodec.encode(badName)).hasMessageContaining("Bad_Name");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void aRecordWhoseAttributesBreakTheCloudEventsRulesCanNeverBeApplied(
      String header, String value, String reason) throws IOException {
    ConsumerRecord<String, byte[]> record = scoreRecorded();
    if (value == null) {
      record.headers().remove(header);
    } else {
      record.headers().remove(header).add(header, value.getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> CloudEventCodec.read(record))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessageStartingWith("not a CloudEvent at topic-0@0: ")
        .hasMessageContaining(reason);
  }

  static Stream<Arguments> aRecordWhoseAttributesBreakTheCloudEventsRulesCanNeverBeApplied() {
    return Stream.of(
        Arguments.of("ce_id", null, "id"),
        Arguments.of("ce_source", null, "source"),
        Arguments.of("ce_type", null, "type"),
        Arguments.of("ce_source", "not a uri", "source"),
        Arguments.of("ce_dataschema", "urn:kaohe:a b", "dataschema"),
        Arguments.of("ce_time", "2027-01-15 08:30", "time"),
        Arguments.of("ce_time", "2027-02-30T08:30:00Z", "time"),
        Arguments.of("ce_time", "2027-01-15T08:30Z", "time"),
        Arguments.of("ce_bad_name", "v", "bad_name"),
        Arguments.of("ce_specversion", "0.9", "0.9"));
  }

  @Test
  void instantsInTheDataAreReadAsRfc3339WithTheirFractionAndOffset() throws IOException {
    ConsumerRecord<String, byte[]> record = scoreRecorded();
    ConsumerRecord<String, byte[]> offset =
        withData(record, "\"2027-01-15T08:30:00Z\"", "\"2027-01-15T16:30:00.123456789+08:00\"");

    ScoreRecordedEvent data = (ScoreRecordedEvent) CloudEventCodec.read(offset).data();

    assertThat(data.recordedAt()).isEqualTo(Instant.parse("2027-01-15T08:30:00.123456789Z"));
  }

  @Test
  void dataWhoseInstantIsNotAnRfc3339TimestampDoesNotFitItsType() throws IOException {
    ConsumerRecord<String, byte[]> record = scoreRecorded();
    ConsumerRecord<String, byte[]> misfit =
        withData(record, "\"2027-01-15T08:30:00Z\"", "\"15 January 2027\"");

    assertThatThrownBy(() -> CloudEventCodec.read(misfit))
        .isInstanceOf(PoisonRecordException.class)
        .hasMessageEndingWith("does not fit its type");
  }

  /** The stored example of a recorded score as a consumer receives it. */
  private static ConsumerRecord<String, byte[]> scoreRecorded() throws IOException {
    EventType type = EventCatalog.forPayload(ScoreRecordedEvent.class).orElseThrow();
    return onKafka(
        CloudEventCodec.encode(
            CloudEventCodec.decode(new JsonFormat().deserialize(EventExamples.json(type)))));
  }

  private static ConsumerRecord<String, byte[]> withData(
      ConsumerRecord<String, byte[]> record, String from, String to) {
    String data = new String(record.value(), StandardCharsets.UTF_8);
    assertThat(data).contains(from);
    byte[] value = data.replace(from, to).getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(
        record.topic(),
        record.partition(),
        record.offset(),
        record.timestamp(),
        record.timestampType(),
        -1,
        value.length,
        record.key(),
        value,
        record.headers(),
        Optional.empty());
  }

  /** A record as a consumer receives it after the SDK's serializer wrote it. */
  static ConsumerRecord<String, byte[]> onKafka(CloudEvent event) {
    Headers headers = new RecordHeaders();
    byte[] value;
    try (CloudEventSerializer serializer = new CloudEventSerializer()) {
      serializer.configure(Map.of(), false);
      value = serializer.serialize("topic", headers, event);
    }
    return received(event.getSubject(), value, headers);
  }

  /** A record of the topic's first partition, as a consumer receives it. */
  private static ConsumerRecord<String, byte[]> received(
      String key, byte[] value, Headers headers) {
    return new ConsumerRecord<>(
        "topic",
        0,
        0L,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        value.length,
        key,
        value,
        headers,
        Optional.empty());
  }

  private static String header(Headers headers, String name) {
    return headers.lastHeader(name) == null
        ? null
        : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
