package org.kaohe.events.results;

import java.util.List;

/** A change of the grade after it was determined, by its rule's code and the events behind it. */
public record ResultAdjustment(String rule, String from, String to, List<String> sourceEventIds) {}
