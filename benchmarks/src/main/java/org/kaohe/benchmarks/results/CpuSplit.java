package org.kaohe.benchmarks.results;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.kaohe.benchmarks.load.ProcessCpu;

/**
 * CPU time used so far by this whole process, by the calling thread and by the embedded broker's
 * request and network threads: what a phase cost per record, and where. The rest is every other
 * thread: the recomputation's decoders, the garbage collector and the JIT compiler. Beside it, the
 * time the garbage collectors report spending (for G1, its pauses).
 */
record CpuSplit(long process, long caller, long broker, long collecting) {
  private static final String BROKER_THREADS = "data-plane-kafka";

  static CpuSplit now() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long broker = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(BROKER_THREADS)) {
        broker += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    long collecting = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collecting += Math.max(0, collector.getCollectionTime());
    }
    return new CpuSplit(ProcessCpu.nanos(), threads.getCurrentThreadCpuTime(), broker, collecting);
  }

  /** The CPU used from {@code start} to this, per record, in microseconds. */
  String perRecordSince(CpuSplit start, long records) {
    double total = (process - start.process) / 1e3 / records;
    double onCaller = (caller - start.caller) / 1e3 / records;
    double onBroker = (broker - start.broker) / 1e3 / records;
    return String.format(
        Locale.ROOT,
        "%5.2f (reading thread %4.2f, broker %4.2f, rest %4.2f; collecting %,d ms)",
        total,
        onCaller,
        onBroker,
        total - onCaller - onBroker,
        collecting - start.collecting);
  }
}
