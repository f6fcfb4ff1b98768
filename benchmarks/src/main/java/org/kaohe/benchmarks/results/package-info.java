/**
 * What the results service costs: one score change through its live path (the engine, its stores on
 * the embedded MongoDB server and its publisher on the embedded Kafka broker) as the units outside
 * the change's peer group grow, beside the pure domain computation of the same change (JMH, {@code
 * benchmarks/run.sh --results}); and the recomputation of a whole year from a million assessment
 * events beside a raw consumer reading the same topics ({@code benchmarks/load.sh --recompute}).
 */
package org.kaohe.benchmarks.results;
