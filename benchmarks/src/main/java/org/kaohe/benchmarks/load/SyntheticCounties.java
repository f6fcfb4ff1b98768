package org.kaohe.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped units file with extra counties appended. The shipped units give one agency about a
 * thousand distinct scores, while a batch of 10,000 needs 10,000 distinct ones; the extra counties
 * are scored with the shipped indicators exactly like the real ones.
 */
final class SyntheticCounties {
  private static final String SHIPPED_UNITS = "/reference/units.csv";
  private static final String PARENT_CITY = "620100";

  private SyntheticCounties() {}

  /** Writes the extended file to {@code target} and returns it. */
  static Path write(Path target, int count) {
    StringBuilder units = new StringBuilder(shippedUnits());
    if (units.charAt(units.length() - 1) != '\n') {
      units.append('\n');
    }
    for (int i = 1; i <= count; i++) {
      String code = String.format("BENCH-%05d", i);
      units.append(code).append(",基准县").append(i).append(",Benchmark county ").append(i);
      units.append(",COUNTY,,").append(PARENT_CITY).append(",false\n");
    }
    try {
      return Files.writeString(target, units, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shippedUnits() {
    try (InputStream in = SyntheticCounties.class.getResourceAsStream(SHIPPED_UNITS)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED_UNITS + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
