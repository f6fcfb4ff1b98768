/**
 * A load driver for the public-opinion survey (not JMH, never in the test suite): a million
 * responses in batches through the real gateway in front of the real survey service, against raw
 * unordered inserts of the same documents into the same MongoDB server in the same run, and the
 * time from a campaign's close to all its unit results on Kafka. Run it with {@code
 * benchmarks/load.sh --survey}.
 */
package org.kaohe.benchmarks.survey;
