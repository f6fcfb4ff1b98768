/**
 * What the event handlers of the services' tracking processors share: work collected over a
 * processor's batch of events and completed once, before the processor stores its token, so that a
 * failure repeats the whole batch ({@link org.kaohe.platform.eventstore.processing.BatchEnd}).
 */
package org.kaohe.platform.eventstore.processing;
