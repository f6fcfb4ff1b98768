/**
 * JMH benchmarks of our MongoDB event storage engine against Axon's MongoDB extension engine and
 * the plain driver, all on the embedded MongoDB-wire server. Run them with {@code
 * benchmarks/run.sh}.
 */
package org.kaohe.benchmarks;
