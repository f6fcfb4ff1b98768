package org.kaohe.platform.web.servicecheck;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** The bodies a hostile client sends, built byte for byte: files, uploads and broken text. */
public final class HostileBodies {
  private static final String BOUNDARY = "fuzz-boundary";

  /** The content type of {@link #multipart}'s bodies. */
  public static final MediaType MULTIPART =
      MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY);

  private HostileBodies() {}

  /** An upload of one file, in the form part {@code file}. */
  public static byte[] multipart(String filename, byte[] content) {
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    return concat(
        head.getBytes(StandardCharsets.UTF_8),
        content,
        ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV cell holding the text, quoted when it must be. */
  public static String csvCell(String text) {
    return text.chars().anyMatch(c -> ",\"\r\n".indexOf(c) >= 0)
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  /**
   * UTF-8, except that a lone surrogate is written as the three bytes a careless encoder writes for
   * it; such a file is not UTF-8 text, and a service must refuse it rather than repair it.
   */
  public static byte[] utf8KeepingLoneSurrogates(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text.codePoints()
        .forEach(
            point -> {
              if (point < 0x80) {
                out.write(point);
              } else if (point < 0x800) {
                out.write(0xC0 | point >> 6);
                out.write(0x80 | point & 0x3F);
              } else if (point < 0x10000) {
                out.write(0xE0 | point >> 12);
                out.write(0x80 | point >> 6 & 0x3F);
                out.write(0x80 | point & 0x3F);
              } else {
                out.write(0xF0 | point >> 18);
                out.write(0x80 | point >> 12 & 0x3F);
                out.write(0x80 | point >> 6 & 0x3F);
                out.write(0x80 | point & 0x3F);
              }
            });
    return out.toByteArray();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
