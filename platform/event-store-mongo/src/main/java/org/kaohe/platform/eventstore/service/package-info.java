/**
 * What every event-sourced service wires alike: the clock it runs on (and stamps its events with),
 * and a command gateway that retries a command which lost a write conflict to another instance.
 */
package org.kaohe.platform.eventstore.service;
