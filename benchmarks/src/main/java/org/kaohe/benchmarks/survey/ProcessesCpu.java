package org.kaohe.benchmarks.survey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time used so far by each of the named processes (this one hosts the MongoDB server, the Kafka
 * broker and the client): on two shared cores a response's cost in CPU is what its throughput
 * follows.
 */
final class ProcessesCpu {
  private final Map<String, ProcessHandle> processes;

  ProcessesCpu(Map<String, Long> pids) {
    this.processes =
        pids.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> ProcessHandle.of(e.getValue()).orElseThrow(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
  }

  List<String> names() {
    return List.copyOf(processes.keySet());
  }

  /** Nanoseconds of CPU per process, in the order of {@link #names}; -1 where unknown. */
  long[] nanos() {
    return processes.values().stream()
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L))
        .toArray();
  }
}
