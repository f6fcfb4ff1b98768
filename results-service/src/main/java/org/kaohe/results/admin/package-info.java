/**
 * Operating the service: what its Kafka consumer parked in its dead-letter topics because it can
 * never be applied, for an admin to inspect and act on.
 */
package org.kaohe.results.admin;
