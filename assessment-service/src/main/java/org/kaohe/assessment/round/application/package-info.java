/**
 * How inputs reach a unit's round: checks a request against the reference data and the configured
 * input rules (who may submit what, for which unit, cadre and period), turns it into a command with
 * the submitting agency and the round's submission window, and sends it. Every channel (single
 * request, batch, spreadsheet) records scores through the one {@code ScoreRecorder}.
 */
package org.kaohe.assessment.round.application;
