/** A unit's annual round: the scores agencies record for it, one aggregate per unit and year. */
package org.kaohe.assessment.round;
