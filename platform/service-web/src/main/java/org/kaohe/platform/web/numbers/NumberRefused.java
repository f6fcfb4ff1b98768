package org.kaohe.platform.web.numbers;

/** A client's number that is not read: its message is the rule it breaks, never the number. */
public final class NumberRefused extends RuntimeException {

  NumberRefused(String reason) {
    super(reason, null, false, false);
  }
}
