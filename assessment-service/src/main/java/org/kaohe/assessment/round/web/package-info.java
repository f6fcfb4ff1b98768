/**
 * The round over HTTP: recording scores and the other inputs, an administrator's reopening, and the
 * queries of a round and of an agency's work; the round's refusals as problem responses. Only
 * parses requests and renders answers; the decisions are made in the application and domain.
 */
package org.kaohe.assessment.round.web;
