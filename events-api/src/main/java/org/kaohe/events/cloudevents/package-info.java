/** CloudEvents 1.0 attributes and their Kafka binding, shared by every producer and consumer. */
package org.kaohe.events.cloudevents;
