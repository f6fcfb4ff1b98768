/**
 * The read side of rounds: a projection keeping each round's current inputs in one document,
 * rebuilt by replay, and the queries that answer from it what a round holds and still lacks, and
 * what an agency has submitted and still owes, as records.
 */
package org.kaohe.assessment.round.query;
