/**
 * The survey's HTTP API: campaigns (define, open, close, correct, erase a respondent, destroy the
 * key), survey teams' batches of responses, progress per unit, and unit results; every refusal is a
 * problem+json.
 */
package org.kaohe.survey.web;
