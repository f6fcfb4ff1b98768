package org.kaohe.survey.weighting;

/** What raking a unit gives: its respondents' weights, or why its margins cannot be met. */
public sealed interface RakingOutcome permits RakedWeights, Unmet {}
