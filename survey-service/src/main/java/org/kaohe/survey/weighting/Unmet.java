package org.kaohe.survey.weighting;

/** The unit's margins cannot be met; {@code reason} says why, in words a reader of results sees. */
public record Unmet(String reason) implements RakingOutcome {}
