package org.kaohe.assessment.reference;

/** A valid submission from an agency that may not make it; the message says what it may not do. */
public final class NotResponsible extends RuntimeException {

  NotResponsible(String message) {
    super(message);
  }
}
