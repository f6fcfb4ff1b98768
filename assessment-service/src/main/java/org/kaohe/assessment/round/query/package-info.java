/** The read side of rounds: a projection of each round's current scores, rebuilt by replay. */
package org.kaohe.assessment.round.query;
