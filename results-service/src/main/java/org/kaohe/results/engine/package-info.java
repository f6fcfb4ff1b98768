/**
 * From inputs to published results: a peer group's composites, grades and ranks computed by the
 * year's scheme, the results turned into their published events, the live path that recomputes what
 * one event changes, and the recomputation of a whole year from the topics.
 */
package org.kaohe.results.engine;
