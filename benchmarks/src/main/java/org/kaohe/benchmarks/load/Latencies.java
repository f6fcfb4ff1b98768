package org.kaohe.benchmarks.load;

import java.util.Arrays;

/** Durations in nanoseconds, summarised by nearest-rank percentiles. */
public final class Latencies {
  private final long[] sorted;

  public Latencies(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The nearest-rank percentile in milliseconds: with few samples, p99 is the largest. */
  public double percentileMillis(double percentile) {
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
