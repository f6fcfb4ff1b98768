package org.kaohe.benchmarks.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.scheme.ScoringSchemes;

/**
 * The shipped reference data and schemes with synthetic units appended to the units file. The
 * synthetic units are departments, institutions and enterprises in turn (three types of each), so
 * they fall in those peer groups and never in the cities' or the counties'; they have no cadres.
 */
record BenchReference(ReferenceData reference, ScoringSchemes schemes) {
  private static final String[] KINDS = {
    "DEPARTMENT,ECONOMIC",
    "INSTITUTION,UNIVERSITY",
    "ENTERPRISE,INDUSTRIAL_COMMERCIAL",
    "DEPARTMENT,SOCIAL_DEVELOPMENT",
    "INSTITUTION,RESEARCH_INSTITUTE",
    "ENTERPRISE,FINANCIAL",
    "DEPARTMENT,LAW_ENFORCEMENT_SUPERVISION",
    "INSTITUTION,OTHER",
    "ENTERPRISE,CULTURAL"
  };

  static BenchReference withSyntheticUnits(int count) {
    StringBuilder units = new StringBuilder(shippedUnits());
    if (units.charAt(units.length() - 1) != '\n') {
      units.append('\n');
    }
    for (int i = 1; i <= count; i++) {
      units.append(String.format("BENCH-%05d,基准单位%d,Benchmark unit %d,", i, i, i));
      units.append(KINDS[i % KINDS.length]).append(",620000,false\n");
    }
    byte[] file = units.toString().getBytes(StandardCharsets.UTF_8);
    try {
      ReferenceData reference =
          ReferenceFiles.read(
              name ->
                  ReferenceFiles.UNITS.equals(name)
                      ? source(file, "synthetic units.csv")
                      : ReferenceFiles.shipped(name));
      ScoringSchemes schemes =
          ScoringSchemes.read(ReferenceFiles.shipped(ReferenceFiles.SCHEMES), reference);
      return new BenchReference(reference, schemes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReferenceFiles.Source source(byte[] content, String description) {
    return new ReferenceFiles.Source() {
      @Override
      public InputStream open() {
        return new ByteArrayInputStream(content);
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

  private static String shippedUnits() {
    try (InputStream in = ReferenceFiles.shipped(ReferenceFiles.UNITS).open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
