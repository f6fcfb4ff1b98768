package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.ReferenceFiles;

class KnownAgenciesTest {

  @Test
  void aMisspeltOversightAgencyStopsTheStartNamingTheSetting() {
    assertThatThrownBy(
            () ->
                KnownAgencies.require(
                    "kaohe.assessment.read-access.oversight-agencies",
                    Stream.of("PROV-ORG", "PROV-0RG"),
                    ReferenceFiles.shipped()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "kaohe.assessment.read-access.oversight-agencies names agency PROV-0RG, which is not"
                + " in the agencies reference file");
  }

  @Test
  void agenciesOfTheReferenceDataPass() {
    assertThatCode(
            () ->
                KnownAgencies.require(
                    "kaohe.assessment.read-access.oversight-agencies",
                    Stream.of("PROV-ORG", "PROV-AUDIT"),
                    ReferenceFiles.shipped()))
        .doesNotThrowAnyException();
  }
}
