package org.kaohe.tools.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.launcher.fakes.ExitsWithThree;
import org.kaohe.tools.launcher.fakes.FakeProcesses;
import org.kaohe.tools.launcher.fakes.FakeService;
import org.kaohe.tools.launcher.fakes.IgnoresStopRequests;
import org.kaohe.tools.launcher.fakes.NeverHealthy;

class ServiceGroupTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final ServiceGroup group =
      new ServiceGroup(new PrintStream(output, true, StandardCharsets.UTF_8));

  @AfterEach
  void stopChildren() {
    group.stop(Duration.ofSeconds(5));
  }

  @Test
  void serviceThatExitsDuringStartUpIsReportedWithItsNameExitCodeAndLastLines() {
    group.launch(spec("assessment", ExitsWithThree.class, FreePorts.pick(1).get(0)));

    assertThatThrownBy(() -> group.awaitHealthy(Duration.ofSeconds(30)))
        .isInstanceOf(StackStartException.class)
        .hasMessageStartingWith("assessment exited with code 3 before it became healthy.")
        .hasMessageContaining("[assessment] starting up")
        .hasMessageContaining("[assessment] fatal: no configuration for kaohe.widgets");
  }

  @Test
  void serviceThatNeverAnswersItsHealthCheckIsReportedAfterTheTimeout() {
    int port = FreePorts.pick(1).get(0);
    group.launch(spec("survey", NeverHealthy.class, port));

    assertThatThrownBy(() -> group.awaitHealthy(Duration.ofSeconds(2)))
        .isInstanceOf(StackStartException.class)
        .hasMessageStartingWith(
            "survey did not become healthy within 2 s (GET http://127.0.0.1:"
                + port
                + "/actuator/health never answered 200).")
        .hasMessageContaining("[survey    ] waiting for something that never comes");
  }

  @Test
  void healthyServicesAreAnnouncedAndTheirOutputIsPrefixed() {
    int[] ports = FreePorts.pick(2).stream().mapToInt(Integer::intValue).toArray();
    group.launch(spec("results", FakeService.class, ports[0]));
    group.launch(spec("gateway", FakeService.class, ports[1]));

    group.awaitHealthy(Duration.ofSeconds(30));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output())
                    .contains("[results   ] fake service listening on " + ports[0])
                    .contains("[gateway   ] fake service listening on " + ports[1])
                    .contains("[kaohe     ] results is healthy (")
                    .contains("[kaohe     ] gateway is healthy ("));
  }

  @Test
  void stopKillsAServiceThatOutlastsTheGracePeriod() {
    group.launch(spec("results", IgnoresStopRequests.class, FreePorts.pick(1).get(0)));
    await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("[results   ] running"));

    group.stop(Duration.ofMillis(500));

    ServiceProcess stopped = group.awaitAnyExit();
    assertThat(stopped.isAlive()).isFalse();
    assertThat(stopped.exitCode()).as("killed by SIGKILL, not stopped by SIGTERM").isEqualTo(137);
  }

  @Test
  void noServiceCanBeLaunchedOnceStopping() {
    group.stop(Duration.ofSeconds(1));

    assertThatThrownBy(() -> group.launch(spec("gateway", FakeService.class, 0)))
        .isInstanceOf(StackStartException.class)
        .hasMessage("Start-up was interrupted: the stack is stopping.");
  }

  private static ServiceSpec spec(String name, Class<?> main, int port) {
    return new ServiceSpec(
        name,
        FakeProcesses.javaCommand(main),
        Map.of("SERVER_PORT", String.valueOf(port)),
        Path.of("."),
        port);
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }
}
