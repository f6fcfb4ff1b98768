/**
 * The administrators' operations over HTTP: rebuilding a projection by replaying the event store
 * from the start, and following its progress. The Kafka relay is not a projection and is refused.
 */
package org.kaohe.assessment.admin.web;
