package org.kaohe.tools.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path logDir;

  @Test
  void idempotentProducerWritesARecordThatAConsumerReadsBack() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, 0)) {
      assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");

      send(broker, "scores", "620100", "87.5");

      assertThat(consume(broker, "scores", "reader", 1))
          .extracting(ConsumerRecord::key, ConsumerRecord::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("620100", "87.5"));
    }
  }

  @Test
  void recordsAndCommittedOffsetsSurviveARestartOnTheSameLogDir() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, 0)) {
      send(broker, "scores", "u1", "first");
      assertThat(consume(broker, "scores", "reader", 1))
          .extracting(ConsumerRecord::value)
          .containsExactly("first");
    }

    try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(logDir, 0)) {
      send(restarted, "scores", "u1", "second");

      assertThat(consume(restarted, "scores", "reader", 1))
          .extracting(ConsumerRecord::value)
          .containsExactly("second");
      assertThat(consume(restarted, "scores", "new-reader", 2))
          .extracting(ConsumerRecord::value)
          .containsExactly("first", "second");
    }
  }

  @Test
  void listensOnTheRequestedPort() throws Exception {
    int port = freePort();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port)) {
      assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
      send(broker, "pings", "k", "v");
    }
  }

  @Test
  void reportsTheAddressWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> EmbeddedKafkaBroker.start(logDir, taken.getLocalPort()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Kafka broker could not start: 127.0.0.1:" + taken.getLocalPort() + " is in use");
    }
  }

  @Test
  void rejectsAPortOutOfRange() {
    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(logDir, 70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kafka port must be between 0 and 65535, got 70000");
  }

  private static void send(EmbeddedKafkaBroker broker, String topic, String key, String value)
      throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>(topic, key, value))
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private static List<ConsumerRecord<String, String>> consume(
      EmbeddedKafkaBroker broker, String topic, String group, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.commitSync();
    }
    return records;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
