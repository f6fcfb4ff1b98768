/**
 * The results API: a unit's or cadre's result with its derivation (now, or as it stood at an
 * instant), a peer group's ranking, the year's scheme, the checksum of a year's results, and the
 * administrators' recomputation from the topics.
 */
package org.kaohe.results.web;
