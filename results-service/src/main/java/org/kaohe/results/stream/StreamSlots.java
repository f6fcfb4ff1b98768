package org.kaohe.results.stream;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Counts the open streams per principal and in total, refusing one over either limit. */
final class StreamSlots {

  private final StreamLimits limits;
  private final Map<String, Integer> openByPrincipal = new HashMap<>();
  private int open;

  StreamSlots(StreamLimits limits) {
    this.limits = limits;
  }

  /**
   * A slot for one more stream of the principal, to be released when the stream ends.
   *
   * @throws ErrorResponseException 429 when the principal or the service is at its limit
   */
  synchronized Slot acquire(String principal) {
    int ofPrincipal = openByPrincipal.getOrDefault(principal, 0);
    if (ofPrincipal >= limits.maxPerPrincipal()) {
      throw tooMany(
          "You already have "
              + ofPrincipal
              + " live result streams open, the most one caller may hold; close one first.");
    }
    if (open >= limits.maxTotal()) {
      throw tooMany(
          "The service is serving its maximum of "
              + limits.maxTotal()
              + " live result streams; retry later.");
    }
    openByPrincipal.put(principal, ofPrincipal + 1);
    open++;
    return new Slot(principal);
  }

  synchronized int open() {
    return open;
  }

  private synchronized void release(String principal) {
    openByPrincipal.computeIfPresent(principal, (ignored, count) -> count == 1 ? null : count - 1);
    open--;
  }

  private static ErrorResponseException tooMany(String detail) {
    return new ErrorResponseException(
        HttpStatus.TOO_MANY_REQUESTS,
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail),
        null);
  }

  /** One open stream; releasing it twice releases it once. */
  final class Slot {
    private final String principal;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String principal) {
      this.principal = principal;
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        StreamSlots.this.release(principal);
      }
    }
  }
}
