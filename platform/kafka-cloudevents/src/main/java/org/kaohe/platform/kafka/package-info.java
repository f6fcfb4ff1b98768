/**
 * Kafka as every service uses it, on the CloudEvents SDK's Kafka binding and Spring for Apache
 * Kafka: idempotent CloudEvents publishing, topic provisioning, the relay that turns an Axon event
 * store into a reliable outbox, and listener containers that commit an offset only after its effect
 * is stored and park a record that can never be applied in a dead-letter topic per consumer group.
 */
package org.kaohe.platform.kafka;
