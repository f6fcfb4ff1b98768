package org.kaohe.assessment.round.query;

/**
 * When a round takes submissions ({@code opens}, {@code deadline}, the instant it {@code closesAt})
 * and where it stands against its deadline now: OPEN, DUE_SOON or OVERDUE.
 */
public record CalendarView(String opens, String deadline, String closesAt, String status) {}
