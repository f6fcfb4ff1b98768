package org.kaohe.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this whole process (service, embedded MongoDB server and Kafka broker, every thread),
 * for the CPU a batch costs: on a machine this busy, throughput follows it.
 */
public final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU used so far, or -1 where the JVM does not tell. */
  public static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
