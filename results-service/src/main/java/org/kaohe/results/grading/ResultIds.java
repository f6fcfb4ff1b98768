package org.kaohe.results.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A result's id: the first 16 bytes of the SHA-256 of the result without its id, in hex. A record's
 * text names every field in declaration order and every list in its order, and decimals print the
 * same everywhere, so equal results get equal ids across runs and machines.
 */
final class ResultIds {
  private ResultIds() {}

  static String of(Record withoutId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(withoutId.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
