package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.assessment.config.ReferenceFilesContext.assertStartFailedOn;
import static org.kaohe.assessment.config.ReferenceFilesContext.operatorsFile;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.assessment.reference.VetoItems;
import org.kaohe.assessment.reference.VetoItemsCsv;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class VetoReferenceConfigurationTest {
  private final ApplicationContextRunner context =
      ReferenceFilesContext.onShippedFiles(
          ReferenceConfiguration.class, VetoReferenceConfiguration.class);

  @Test
  void theShippedVetoItemsAreLoadedAtStartUp() {
    context.run(started -> assertThat(started.getBean(VetoItems.class).all()).hasSize(6));
  }

  @Test
  void anOperatorsFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    context
        .withPropertyValues(
            vetoItemsFile(dir, "VETO-FRAUD,统计造假,Statistical fraud,PROV-STATS,PROV-ORG"))
        .run(
            started ->
                assertThat(started.getBean(VetoItems.class).all())
                    .singleElement()
                    .satisfies(item -> assertThat(item.code().value()).isEqualTo("VETO-FRAUD")));
  }

  @Test
  void aFileNamingAnUnknownAgencyStopsTheStartNamingItsLine(@TempDir Path dir) throws IOException {
    context
        .withPropertyValues(vetoItemsFile(dir, "VETO-FRAUD,统计造假,,PROV-NOPE,PROV-ORG"))
        .run(
            started ->
                assertStartFailedOn(
                    started,
                    "veto-items.csv",
                    "line 2: competent_department 'PROV-NOPE' is not an agency of the agencies"
                        + " file",
                    "KAOHE_REFERENCE_VETO_ITEMS_FILE"));
  }

  private static String vetoItemsFile(Path dir, String line) throws IOException {
    return operatorsFile(
        dir, "veto-items-file", "veto-items.csv", VetoItemsCsv.HEADER + "\n" + line + "\n");
  }
}
