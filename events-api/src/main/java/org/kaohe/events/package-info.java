/**
 * The published contracts between Kaohe services: event records (each with an Axon
 * {@code @Revision}), typed identifiers, the catalogue that names every event type and revision on
 * the wire, a stored CloudEvents example of each, and the JSON form of event data. How the events
 * travel on Kafka lives in the kafka-cloudevents platform module. Services depend on this module
 * and on shared infrastructure only, never on each other.
 */
package org.kaohe.events;
