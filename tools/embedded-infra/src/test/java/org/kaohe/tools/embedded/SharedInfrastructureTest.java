package org.kaohe.tools.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

  @Test
  void everyCallerGetsTheSameRunningServers() {
    assertThat(SharedInfrastructure.kafka()).isSameAs(SharedInfrastructure.kafka());
    assertThat(SharedInfrastructure.mongo()).isSameAs(SharedInfrastructure.mongo());
    assertThat(SharedInfrastructure.kafka().bootstrapServers()).startsWith("127.0.0.1:");
    assertThat(SharedInfrastructure.mongo().connectionString()).startsWith("mongodb://127.0.0.1:");
  }
}
