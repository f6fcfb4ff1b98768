/**
 * Events published by the results service on the {@code results.events} topic and its SSE stream.
 */
package org.kaohe.events.results;
