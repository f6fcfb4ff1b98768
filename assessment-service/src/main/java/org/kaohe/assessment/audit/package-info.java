/**
 * The auditor's view of a unit's round, read straight from the event store: every change of its
 * inputs (scores, political-quality ratings, democratic evaluations, findings, reopenings) with
 * who, which agency and when, filtered and paged or exported as CSV, and the round as it stood at a
 * past instant or event sequence. Plain code: the web layer only parses and renders.
 */
package org.kaohe.assessment.audit;
