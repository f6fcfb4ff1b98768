package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void durationsReadNaturally() {
    assertThat(Durations.human(Duration.ofSeconds(90))).isEqualTo("90 s");
    assertThat(Durations.human(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(Durations.human(Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
