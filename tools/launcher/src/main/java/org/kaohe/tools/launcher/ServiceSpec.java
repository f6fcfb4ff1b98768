package org.kaohe.tools.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to run one child process and where to check that it is healthy. */
record ServiceSpec(
    String name, List<String> command, Map<String, String> environment, Path workingDir, int port) {

  ServiceSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }

  String healthUrl() {
    return "http://127.0.0.1:" + port + "/actuator/health";
  }
}
