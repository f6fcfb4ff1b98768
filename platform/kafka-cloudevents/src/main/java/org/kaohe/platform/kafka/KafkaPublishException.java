package org.kaohe.platform.kafka;

/** Kafka did not acknowledge a record; the caller must not treat it as published. */
public class KafkaPublishException extends RuntimeException {
  public KafkaPublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
