package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputPrefixTest {

  @Test
  void namesArePaddedToTheLongestServiceName() {
    assertThat(OutputPrefix.line("assessment", "Started")).isEqualTo("[assessment] Started");
    assertThat(OutputPrefix.line("gateway", "Started")).isEqualTo("[gateway   ] Started");
    assertThat(OutputPrefix.line(OutputPrefix.LAUNCHER, "Ready")).isEqualTo("[kaohe     ] Ready");
  }

  @Test
  void everyServicePrefixHasTheSameWidth() {
    assertThat(
            java.util.stream.Stream.of("assessment", "survey", "results", "gateway", "kaohe")
                .map(OutputPrefix::of)
                .map(String::length)
                .distinct())
        .containsExactly(13);
  }
}
