package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.assessment.reference.InvalidReferenceFile;
import org.kaohe.assessment.reference.VetoItems;
import org.kaohe.assessment.reference.VetoItemsCsv;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class VetoReferenceConfigurationTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(ReferenceConfiguration.class, VetoReferenceConfiguration.class)
          .withPropertyValues(
              "kaohe.reference.units-file=classpath:reference/units.csv",
              "kaohe.reference.agencies-file=classpath:reference/agencies.csv",
              "kaohe.reference.cadres-file=classpath:reference/cadres.csv",
              "kaohe.reference.indicators-file=classpath:reference/indicators.yml",
              "kaohe.reference.veto-items-file=classpath:reference/veto-items.csv");

  @Test
  void theShippedVetoItemsAreLoadedAtStartUp() {
    context.run(started -> assertThat(started.getBean(VetoItems.class).all()).hasSize(6));
  }

  @Test
  void anOperatorsFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Path items = dir.resolve("veto-items.csv");
    Files.writeString(
        items, VetoItemsCsv.HEADER + "\nVETO-FRAUD,统计造假,Statistical fraud,PROV-STATS,PROV-ORG\n");

    context
        .withPropertyValues("kaohe.reference.veto-items-file=" + items.toUri())
        .run(
            started ->
                assertThat(started.getBean(VetoItems.class).all())
                    .singleElement()
                    .satisfies(item -> assertThat(item.code().value()).isEqualTo("VETO-FRAUD")));
  }

  @Test
  void aFileNamingAnUnknownAgencyStopsTheStartNamingItsLine(@TempDir Path dir) throws IOException {
    Path items = dir.resolve("veto-items.csv");
    Files.writeString(items, VetoItemsCsv.HEADER + "\nVETO-FRAUD,统计造假,,PROV-NOPE,PROV-ORG\n");

    context
        .withPropertyValues("kaohe.reference.veto-items-file=" + items.toUri())
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(started.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(InvalidReferenceFile.class)
                  .hasMessageContaining("veto-items.csv")
                  .hasMessageEndingWith(
                      "line 2: competent_department 'PROV-NOPE' is not an agency of the agencies"
                          + " file");
              FailureAnalysis analysis =
                  new InvalidReferenceFileFailureAnalyzer().analyze(started.getStartupFailure());
              assertThat(analysis.getAction()).contains("KAOHE_REFERENCE_VETO_ITEMS_FILE");
            });
  }
}
