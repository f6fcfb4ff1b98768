package org.kaohe.platform.kafka;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The publish/consume contract against the apache/kafka image. Skipped, and reported as skipped,
 * where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class CloudEventConsumerContainerIT extends CloudEventConsumerContract {
  private static KafkaContainer kafka;

  @BeforeAll
  static void startKafka() {
    kafka = new KafkaContainer("apache/kafka:4.1.1");
    kafka.start();
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.stop();
    }
  }

  @Override
  protected String bootstrapServers() {
    return kafka.getBootstrapServers();
  }
}
