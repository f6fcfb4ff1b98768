/**
 * The round aggregate and its commands: {@code UnitRound}, one per unit and year, decides whether a
 * score, rating, democratic evaluation, finding or reopening is taken (open window, no conflicting
 * value, a reason to correct) and records it as an event. No Spring and no storage here; time
 * enters with each command.
 */
package org.kaohe.assessment.round.domain;
