/**
 * A load driver for the assessment service's HTTP API (not JMH, never in the test suite): batch
 * submission throughput against the raw event-store append rate measured in the same run, and
 * single-score latency under concurrent clients. Run it with {@code benchmarks/load.sh}.
 */
package org.kaohe.benchmarks.load;
