package org.kaohe.tools.launcher;

/** The stack could not start; the message says what failed and what it printed last. */
final class StackStartException extends IllegalStateException {

  StackStartException(String message) {
    super(message);
  }

  StackStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
