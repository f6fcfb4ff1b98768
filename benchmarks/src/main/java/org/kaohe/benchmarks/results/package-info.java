/**
 * A load driver for the results' latency (not JMH, never in the test suite): the time from a score
 * change posted through the gateway until its unit's new result arrives on the live result stream
 * at a subscriber connected through the gateway, under a steady rate of changes, beside the plain
 * producer-to-consumer latency of the same Kafka broker in the same run, with the time each hop of
 * the path took. Run it with {@code benchmarks/load.sh --results-latency}.
 */
package org.kaohe.benchmarks.results;
