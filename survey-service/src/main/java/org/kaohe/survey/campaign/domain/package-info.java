/**
 * The survey campaign, an event-sourced aggregate: its definition (target units, questionnaire,
 * quotas, fieldwork window, weighting targets, survey teams), its lifecycle from draft through open
 * and closed to results published, the batches of responses it took, its corrections, and the
 * per-unit results it published. Every change is an event with who, which agency and when.
 */
package org.kaohe.survey.campaign.domain;
