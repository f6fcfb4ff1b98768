package org.kaohe.platform.kafka;

/**
 * A record that can never be applied, however often it is retried: it is not a CloudEvent, its type
 * is not in the catalogue, its data does not fit its type, or a handler finds it unusable. The
 * consumer parks such a record in its group's dead-letter topic and goes on with the next one.
 */
public class PoisonRecordException extends RuntimeException {
  public PoisonRecordException(String message) {
    super(message);
  }

  public PoisonRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
