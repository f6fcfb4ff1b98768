package org.kaohe.tools.launcher;

/** The command line was wrong; the message says how. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
