/**
 * Axon's event store on MongoDB, owned by us: one document per event, a unique (aggregate id,
 * sequence) index for optimistic concurrency, and a counter-allocated global index that tracking
 * event processors follow in order. Also the tracking-token store for those processors.
 */
package org.kaohe.platform.eventstore;
