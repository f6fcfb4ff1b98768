package org.kaohe.assessment.idempotency;

import java.util.Optional;

/**
 * The value of an {@code Idempotency-Key} header: the draft's quoted string ({@code "8e03-…"}), or
 * the same without quotes as many clients send it; 1 to {@value #MAX_LENGTH} printable ASCII
 * characters.
 */
public record IdempotencyKey(String value) {
  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_LENGTH = 255;

  /** Why the header value is not a key; empty when it is one. */
  public static Optional<String> problemWith(String header) {
    String key = unquoted(header);
    if (key.isBlank()) {
      return Optional.of("must not be empty");
    }
    if (key.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      return Optional.of("must consist of printable ASCII characters");
    }
    return Optional.empty();
  }

  /**
   * @throws IllegalArgumentException when {@link #problemWith} names a problem
   */
  public static IdempotencyKey parse(String header) {
    problemWith(header)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(HEADER + " " + problem);
            });
    return new IdempotencyKey(unquoted(header));
  }

  private static String unquoted(String header) {
    String trimmed = header.strip();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }
}
