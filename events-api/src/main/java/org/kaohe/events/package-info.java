/**
 * The published contracts between Kaohe services: event records (each with an Axon
 * {@code @Revision}), typed identifiers, the catalogue that names every event type on the wire, and
 * the exact JSON and CloudEvents-over-Kafka encoding. Services depend on this module and on shared
 * infrastructure only, never on each other.
 */
package org.kaohe.events;
