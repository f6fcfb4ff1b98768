package org.kaohe.assessment.admin.web;

import java.time.Instant;

/**
 * Where a processor stands: {@code position} is the global index of the last event it handled and
 * {@code head} the store's latest; {@code ratePerSecond} is measured since the replay started.
 */
public record ProcessorStatus(
    String name,
    boolean running,
    boolean replaying,
    long position,
    long head,
    Instant replayStartedAt,
    double ratePerSecond) {}
