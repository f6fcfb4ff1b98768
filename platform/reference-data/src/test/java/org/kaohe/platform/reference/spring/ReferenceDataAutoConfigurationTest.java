package org.kaohe.platform.reference.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.platform.reference.AgenciesCsv;
import org.kaohe.platform.reference.InvalidReferenceFile;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.VetoItems;
import org.kaohe.platform.reference.VetoItemsCsv;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReferenceDataAutoConfigurationTest {
  private static final String TWO_AGENCIES =
      AgenciesCsv.HEADER + "\nPROV-STATS,省统计局,Statistics\nPROV-ORG,省委组织部,\n";

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ReferenceDataAutoConfiguration.class));

  @Test
  void theShippedFilesAreLoadedAtStartUp() {
    context.run(
        started -> {
          ReferenceData reference = started.getBean(ReferenceData.class);
          assertThat(reference.units()).hasSize(130);
          assertThat(reference.surveyedUnits()).hasSize(119);
          assertThat(reference.years()).containsExactly(2026);
          assertThat(started.getBean(ScoringSchemes.class).years()).containsExactly(2026);
          assertThat(started.getBean(VetoItems.class).all()).hasSize(6);
        });
  }

  @Test
  void anOperatorsDirectoryReplacesTheFilesItHoldsAndTheShippedOnesFillTheRest(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("agencies.csv"), TWO_AGENCIES);
    copy("/operator/indicators.yml", dir);
    copy("/operator/schemes.yml", dir);
    Files.writeString(
        dir.resolve("veto-items.csv"),
        VetoItemsCsv.HEADER + "\nVETO-FRAUD,统计造假,Statistical fraud,PROV-STATS,PROV-ORG\n");

    context
        .withPropertyValues("kaohe.reference.dir=" + dir)
        .run(
            started -> {
              ReferenceData reference = started.getBean(ReferenceData.class);
              assertThat(reference.agencies()).hasSize(2);
              assertThat(reference.years()).containsExactly(2027);
              assertThat(started.getBean(ScoringSchemes.class).years()).containsExactly(2027);
              assertThat(reference.units()).hasSize(130);
              assertThat(started.getBean(VetoItems.class).all())
                  .singleElement()
                  .satisfies(item -> assertThat(item.code().value()).isEqualTo("VETO-FRAUD"));
            });
  }

  @Test
  void aFileOfItsOwnWinsOverTheDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("agencies.csv"), "not the header\n");
    Path own;
    try (var shipped = getClass().getResourceAsStream("/reference/agencies.csv")) {
      own = Files.write(dir.resolve("own-agencies.csv"), shipped.readAllBytes());
    }

    context
        .withPropertyValues(
            "kaohe.reference.dir=" + dir, "kaohe.reference.agencies-file=" + own.toUri())
        .run(
            started ->
                assertThat(started.getBean(ReferenceData.class).agencies())
                    .hasSameSizeAs(ReferenceFiles.shipped().agencies()));
  }

  @Test
  void aBadFileStopsTheStartNamingItsLines(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("agencies.csv"), AgenciesCsv.HEADER + "\nPROV-STATS,省统计局\n");

    context
        .withPropertyValues("kaohe.reference.dir=" + dir)
        .run(
            started -> {
              FailureAnalysis analysis =
                  assertStartFailedOn(
                      started,
                      dir.resolve("agencies.csv").toString(),
                      "line 2: expected 3 fields (" + AgenciesCsv.HEADER + "), found 2");
              assertThat(analysis.getDescription()).contains("line 2: expected 3 fields");
              assertThat(analysis.getAction())
                  .isEqualTo(
                      "Correct the lines listed in the file named, which is either in"
                          + " KAOHE_REFERENCE_DIR or pointed at by KAOHE_REFERENCE_UNITS_FILE,"
                          + " KAOHE_REFERENCE_AGENCIES_FILE, KAOHE_REFERENCE_CADRES_FILE,"
                          + " KAOHE_REFERENCE_INDICATORS_FILE, KAOHE_REFERENCE_VETO_ITEMS_FILE or"
                          + " KAOHE_REFERENCE_SCHEMES_FILE (kaohe.reference.dir,"
                          + " kaohe.reference.*-file).");
            });
  }

  @Test
  void aVetoItemNamingAnUnknownAgencyStopsTheStartNamingItsLine(@TempDir Path dir)
      throws IOException {
    Path file =
        write(
            dir, "veto-items.csv", VetoItemsCsv.HEADER + "\nVETO-FRAUD,统计造假,,PROV-NOPE,PROV-ORG\n");

    context
        .withPropertyValues("kaohe.reference.veto-items-file=" + file.toUri())
        .run(
            started ->
                assertStartFailedOn(
                    started,
                    "veto-items.csv",
                    "line 2: competent_department 'PROV-NOPE' is not an agency of the agencies"
                        + " file"));
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static FailureAnalysis assertStartFailedOn(
      AssertableApplicationContext started, String fileName, String problem) {
    assertThat(started).hasFailed();
    assertThat(started.getStartupFailure())
        .rootCause()
        .isInstanceOf(InvalidReferenceFile.class)
        .hasMessageContaining(fileName)
        .hasMessageEndingWith(problem);
    return new InvalidReferenceFileFailureAnalyzer().analyze(started.getStartupFailure());
  }

  private static void copy(String resource, Path dir) throws IOException {
    try (var in = ReferenceDataAutoConfigurationTest.class.getResourceAsStream(resource)) {
      Files.write(dir.resolve(Path.of(resource).getFileName().toString()), in.readAllBytes());
    }
  }
}
