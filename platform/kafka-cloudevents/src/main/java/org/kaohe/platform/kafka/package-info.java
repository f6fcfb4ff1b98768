/**
 * Kafka as every service uses it: idempotent CloudEvents publishing, topic provisioning, the relay
 * that turns an Axon event store into a reliable outbox, and the consumer loop that commits an
 * offset only after its effect is stored.
 */
package org.kaohe.platform.kafka;
