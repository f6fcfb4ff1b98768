/**
 * Each unit's survey result: computed from the campaign's counted responses as the campaign stood
 * at its close or a correction, published as events of the campaign (and from there to Kafka), and
 * kept for reading.
 */
package org.kaohe.survey.results;
