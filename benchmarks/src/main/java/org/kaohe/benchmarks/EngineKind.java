package org.kaohe.benchmarks;

/** The storage engines compared; JMH parameters name them in lower case. */
public enum EngineKind {
  OURS,
  AXON_MONGO;

  public static EngineKind of(String parameter) {
    return valueOf(parameter.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
