package org.kaohe.assessment.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;

/**
 * SHA-256 of what makes two requests the same request: method, path with query, media type and
 * body, taken in as the body passes, so the body is never gathered to be hashed. A multipart body's
 * boundary is chosen afresh by the client for every attempt, so it is replaced by a fixed one while
 * hashing: a retried upload of the same parts is the same request.
 */
public final class RequestFingerprint {
  private static final byte[] CANONICAL_BOUNDARY =
      "kaohe-idempotency-boundary".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 8192;

  private final MessageDigest sha256 = sha256();
  private final byte[] boundary;
  // The bytes seen last that may begin a boundary: held back until they do or do not.
  private final byte[] pending;
  private int pendingLength;
  private final byte[] chunk = new byte[CHUNK];

  private RequestFingerprint(String method, String pathAndQuery, MediaType contentType) {
    sha256.update(line(method.toUpperCase(Locale.ROOT)));
    sha256.update(line(pathAndQuery));
    sha256.update(
        line(contentType == null ? "" : contentType.getType() + "/" + contentType.getSubtype()));
    this.boundary = boundary(contentType);
    this.pending = new byte[Math.max(1, boundary.length)];
  }

  /**
   * @param contentType the request's media type, or null when it has none
   */
  public static RequestFingerprint start(
      String method, String pathAndQuery, MediaType contentType) {
    return new RequestFingerprint(method, pathAndQuery, contentType);
  }

  /** The fingerprint of a request whose whole body is at hand. */
  public static String of(String method, String pathAndQuery, MediaType contentType, byte[] body) {
    RequestFingerprint fingerprint = start(method, pathAndQuery, contentType);
    fingerprint.update(body, 0, body.length);
    return fingerprint.finish();
  }

  /** Takes in the buffer's readable bytes, leaving the buffer as it was. */
  public void update(DataBuffer buffer) {
    try (DataBuffer.ByteBufferIterator buffers = buffer.readableByteBuffers()) {
      while (buffers.hasNext()) {
        ByteBuffer bytes = buffers.next();
        while (bytes.hasRemaining()) {
          int length = Math.min(chunk.length, bytes.remaining());
          bytes.get(chunk, 0, length);
          update(chunk, 0, length);
        }
      }
    }
  }

  public void update(byte[] bytes, int offset, int length) {
    if (boundary.length == 0) {
      sha256.update(bytes, offset, length);
      return;
    }
    int end = offset + length;
    int at = offset;
    while (at < end) {
      if (pendingLength == 0) {
        int start = at;
        while (at < end && bytes[at] != boundary[0]) {
          at++;
        }
        sha256.update(bytes, start, at - start);
        if (at == end) {
          return;
        }
      }
      hold(bytes[at++]);
    }
  }

  /** The fingerprint, in hexadecimal; nothing may be added after. */
  public String finish() {
    sha256.update(pending, 0, pendingLength);
    pendingLength = 0;
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * Holds the byte back while the bytes held could still become the boundary; gives up the held
   * bytes from the front until they could, so every boundary is found where a search from the start
   * would find it.
   */
  private void hold(byte b) {
    pending[pendingLength++] = b;
    while (pendingLength > 0 && !pendingStartsBoundary()) {
      sha256.update(pending[0]);
      System.arraycopy(pending, 1, pending, 0, --pendingLength);
    }
    if (pendingLength == boundary.length) {
      sha256.update(CANONICAL_BOUNDARY);
      pendingLength = 0;
    }
  }

  private boolean pendingStartsBoundary() {
    for (int i = 0; i < pendingLength; i++) {
      if (pending[i] != boundary[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] boundary(MediaType contentType) {
    if (contentType == null || !"multipart".equalsIgnoreCase(contentType.getType())) {
      return new byte[0];
    }
    String boundary = contentType.getParameter("boundary");
    if (boundary == null) {
      return new byte[0];
    }
    return unquoted(boundary).getBytes(StandardCharsets.US_ASCII);
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
