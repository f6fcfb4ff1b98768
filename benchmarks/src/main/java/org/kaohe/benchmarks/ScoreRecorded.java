package org.kaohe.benchmarks;

/** The benchmark event's payload, shaped like the assessment's score change, about 1 KB as JSON. */
public record ScoreRecorded(
    String roundId,
    String unitCode,
    int year,
    String indicatorCode,
    double previousValue,
    double value,
    String principal,
    String agency,
    String requestId,
    String reason) {}
