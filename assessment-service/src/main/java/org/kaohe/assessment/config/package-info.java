/**
 * The service's wiring: explicit Spring configuration that builds the features' objects from
 * properties and the reference data, registers the aggregates, upcasters and projections with Axon,
 * and declares who may call which path. Feature packages hold no Spring wiring of their own.
 */
package org.kaohe.assessment.config;
