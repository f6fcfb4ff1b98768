package org.kaohe.platform.eventstore;

/** The first place where a hash chain does not hold, and why. */
public record BrokenLink(
    String aggregateIdentifier, long sequenceNumber, long globalIndex, String reason) {}
