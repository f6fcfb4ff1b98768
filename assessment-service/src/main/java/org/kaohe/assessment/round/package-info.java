/**
 * A unit's annual round: the scores, political-quality ratings, democratic evaluations and findings
 * agencies record for the unit and its cadres, one aggregate per unit and year; its read side; and
 * how stored events of older revisions are read.
 */
package org.kaohe.assessment.round;
