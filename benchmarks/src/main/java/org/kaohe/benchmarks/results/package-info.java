/**
 * What the results service costs and how fast it answers: the time from a score change posted
 * through the gateway until its unit's new result arrives on the live result stream at a subscriber
 * connected through the gateway, beside the plain producer-to-consumer latency of the same Kafka
 * broker ({@code benchmarks/load.sh --results-latency}); one score change through the live path as
 * the units outside the change's peer group grow, beside the pure domain computation of the same
 * change (JMH, {@code benchmarks/run.sh --results}); and the recomputation of a whole year from a
 * million assessment events beside a raw consumer reading the same topics ({@code
 * benchmarks/load.sh --recompute}). Load drivers and benchmarks, never in the test suite.
 */
package org.kaohe.benchmarks.results;
