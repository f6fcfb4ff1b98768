package org.kaohe.platform.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.Document;

/**
 * The canonical bytes of a stored event and its chain hash. Specification, fixed forever (version
 * 1): the ASCII tag {@code kaohe-event-v1}, then each field as a 4-byte big-endian length followed
 * by its UTF-8 bytes, in this order: aggregate type, aggregate id, sequence number (decimal),
 * global index (decimal), event id, payload type, payload revision (empty when none), timestamp (as
 * stored), payload (the stored JSON string), metadata (the stored JSON string), previous hash. The
 * hash is the lower-case hex SHA-256 of those bytes. Fields are hashed as stored, never
 * re-serialized, so the same stored event always gives the same bytes.
 */
public final class CanonicalEvent {
  /** The previous hash of every aggregate's first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] TAG = "kaohe-event-v1".getBytes(StandardCharsets.US_ASCII);
  private static final HexFormat HEX = HexFormat.of();
  // A digest per thread: looking one up for every event hashed showed in the profiles.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(CanonicalEvent::sha256);

  private CanonicalEvent() {}

  public static byte[] bytes(Document event, String previousHash) {
    byte[][] encoded = encodedFields(event, previousHash);
    int size = TAG.length;
    for (byte[] field : encoded) {
      size += 4 + field.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size).put(TAG);
    for (byte[] field : encoded) {
      buffer.putInt(field.length).put(field);
    }
    return buffer.array();
  }

  /** The SHA-256 of {@link #bytes}, fed to the digest field by field rather than copied first. */
  public static String hash(Document event, String previousHash) {
    byte[][] encoded = encodedFields(event, previousHash);
    MessageDigest digest = SHA_256.get();
    digest.reset(); // in case an earlier use on this thread was cut short
    digest.update(TAG);
    for (byte[] field : encoded) {
      digest.update(ByteBuffer.allocate(4).putInt(field.length).array());
      digest.update(field);
    }
    return HEX.formatHex(digest.digest());
  }

  private static byte[][] encodedFields(Document event, String previousHash) {
    String[] fields = {
      event.getString(EventDocuments.AGGREGATE_TYPE),
      event.getString(EventDocuments.AGGREGATE_ID),
      Long.toString(event.getLong(EventDocuments.SEQUENCE)),
      Long.toString(event.getLong(EventDocuments.GLOBAL_INDEX)),
      event.getString(EventDocuments.EVENT_ID),
      event.getString(EventDocuments.TYPE),
      event.getString(EventDocuments.REVISION),
      event.getString(EventDocuments.TIMESTAMP),
      event.getString(EventDocuments.PAYLOAD),
      event.getString(EventDocuments.META_DATA),
      previousHash
    };
    byte[][] encoded = new byte[fields.length][];
    for (int i = 0; i < fields.length; i++) {
      encoded[i] = (fields[i] == null ? "" : fields[i]).getBytes(StandardCharsets.UTF_8);
    }
    return encoded;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
