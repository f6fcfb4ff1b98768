/**
 * The assessment service: the write side where agencies record the inputs of each unit's annual
 * result. Every change is an Axon command validated by an event-sourced aggregate and stored as an
 * event in the MongoDB event store, from where the Kafka relay publishes it.
 */
package org.kaohe.assessment;
