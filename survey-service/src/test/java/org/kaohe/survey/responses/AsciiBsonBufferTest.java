package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;

/** The buffer writes the bytes the driver's own buffer writes, for any text. */
class AsciiBsonBufferTest {
  private static final List<String> TEXTS =
      List.of(
          "",
          "u",
          "uuid:2b3e05c8-9215-34bf-bce4-51bba1c93eec",
          "BENCH-1|620100|q8Jx0L2mZQ",
          "with\0null",
          "Lanzhou 兰州",
          "café",
          "emoji 😀",
          "lone \ud800 surrogate",
          "\u007f\u0080");

  @Test
  void everyTextIsWrittenAsTheDriverWritesIt() {
    for (String text : TEXTS) {
      assertThat(document(new AsciiBsonBuffer(16), text))
          .as("the document holding %s", text)
          .isEqualTo(document(new BasicOutputBuffer(16), text));
    }
  }

  @Test
  void aFieldNameWithANullCharacterIsRefusedAsTheDriverRefusesIt() {
    assertThatThrownBy(() -> named(new AsciiBsonBuffer(16), "a\0b"))
        .isInstanceOf(BsonSerializationException.class);
    assertThatThrownBy(() -> named(new BasicOutputBuffer(16), "a\0b"))
        .isInstanceOf(BsonSerializationException.class);
  }

  /** A document with the text as a field's name and as its value, and the buffer grown. */
  private static byte[] document(BasicOutputBuffer buffer, String text) {
    try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      writer.writeStartDocument();
      writer.writeString("value", text);
      if (text.indexOf('\0') < 0) {
        writer.writeString(text, text.repeat(20));
      }
      writer.writeEndDocument();
    }
    return Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
  }

  private static void named(BasicOutputBuffer buffer, String name) {
    try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      writer.writeStartDocument();
      writer.writeInt32(name, 1);
      writer.writeEndDocument();
    }
  }
}
