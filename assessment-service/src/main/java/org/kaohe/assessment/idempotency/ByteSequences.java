package org.kaohe.assessment.idempotency;

import java.io.ByteArrayOutputStream;

/** Search and replace in byte arrays. */
final class ByteSequences {
  private ByteSequences() {}

  /** {@code bytes} with every non-overlapping occurrence of {@code target} replaced. */
  static byte[] replaceAll(byte[] bytes, byte[] target, byte[] replacement) {
    if (target.length == 0) {
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    int copiedUpTo = 0;
    int at = indexOf(bytes, target, 0);
    while (at >= 0) {
      out.write(bytes, copiedUpTo, at - copiedUpTo);
      out.writeBytes(replacement);
      copiedUpTo = at + target.length;
      at = indexOf(bytes, target, copiedUpTo);
    }
    out.write(bytes, copiedUpTo, bytes.length - copiedUpTo);
    return out.toByteArray();
  }

  static int indexOf(byte[] bytes, byte[] target, int from) {
    outer:
    for (int i = from; i <= bytes.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (bytes[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
