/**
 * The results service: consumes the assessment and survey events, keeps read models in MongoDB,
 * computes each unit's result and publishes it to Kafka and to Server-Sent-Event subscribers.
 */
package org.kaohe.results;
