package org.kaohe.benchmarks;

import java.util.Map;

/** A snapshot payload: the latest value of each indicator of a round. */
public record RoundSnapshot(String roundId, Map<String, Double> scores) {}
