/**
 * Where responses are kept: one document per respondent of a unit, keyed by the keyed hash of the
 * respondent's key, written in bulk and idempotently; the campaigns' respondent keys, which can be
 * destroyed; and the refusals of respondents already counted.
 */
package org.kaohe.survey.responses;
