/**
 * The results service's wiring: its settings, the reactive MongoDB read models, the consumers of
 * the producing services' topics, and which roles may read results.
 */
package org.kaohe.results.config;
