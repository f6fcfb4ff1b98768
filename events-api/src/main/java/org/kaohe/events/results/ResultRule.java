package org.kaohe.events.results;

import java.util.List;

/** A rule that ruled EXCELLENT out, by its stable code, with the events that made it fire. */
public record ResultRule(String rule, String detail, List<String> sourceEventIds) {}
