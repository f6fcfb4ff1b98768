package org.kaohe.assessment.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * SHA-256 of what makes two requests the same request: method, path with query, media type and
 * body. A multipart body's boundary is chosen afresh by the client for every attempt, so it is
 * replaced by a fixed one before hashing: a retried upload of the same parts is the same request.
 */
public final class RequestFingerprint {
  private static final byte[] CANONICAL_BOUNDARY =
      "kaohe-idempotency-boundary".getBytes(StandardCharsets.US_ASCII);

  private RequestFingerprint() {}

  /**
   * @param contentType the request's media type, or null when it has none
   */
  public static String of(String method, String pathAndQuery, MediaType contentType, byte[] body) {
    MessageDigest sha256 = sha256();
    sha256.update(line(method.toUpperCase(Locale.ROOT)));
    sha256.update(line(pathAndQuery));
    sha256.update(
        line(contentType == null ? "" : contentType.getType() + "/" + contentType.getSubtype()));
    sha256.update(canonicalBody(contentType, body));
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static byte[] canonicalBody(MediaType contentType, byte[] body) {
    if (contentType == null || !"multipart".equalsIgnoreCase(contentType.getType())) {
      return body;
    }
    String boundary = contentType.getParameter("boundary");
    if (boundary == null || boundary.isEmpty()) {
      return body;
    }
    return ByteSequences.replaceAll(
        body, unquoted(boundary).getBytes(StandardCharsets.US_ASCII), CANONICAL_BOUNDARY);
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  // A separator no method, path or media type contains, so fields cannot run into each other.
  private static byte[] line(String field) {
    return (field + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
