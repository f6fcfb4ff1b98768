package org.kaohe.survey.responses;

import java.nio.charset.StandardCharsets;
import org.bson.io.BasicOutputBuffer;

/**
 * The driver's BSON output buffer, writing a text of ASCII characters in one copy rather than
 * character by character: every text a stored response holds (ids, codes, keyed hashes, categories,
 * field names) is ASCII. Any other text is written by the driver's own encoder, so the bytes are
 * the driver's either way.
 */
final class AsciiBsonBuffer extends BasicOutputBuffer {
  AsciiBsonBuffer(int initialSize) {
    super(initialSize);
  }

  @Override
  protected int writeCharacters(String text, boolean checkForNullCharacters) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c == 0 && checkForNullCharacters)) {
        return super.writeCharacters(text, checkForNullCharacters);
      }
    }
    // Checked above, so Latin-1 gives the same bytes, copied without checking them again.
    writeBytes(text.getBytes(StandardCharsets.ISO_8859_1), 0, length);
    writeByte(0);
    return length + 1;
  }
}
