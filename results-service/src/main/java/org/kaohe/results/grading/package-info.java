/**
 * Grades for one peer group of units, or of cadres, from their composites: eligibility for
 * EXCELLENT with the rule and the events that removed it, the choice of EXCELLENT strictly by
 * composite within the scheme's share and at or above its bar, the bands for the other grades, and
 * the adjustments made afterwards (political quality, a confirmed veto), each as a rule with its
 * source events. The rule codes are {@link org.kaohe.results.grading.GradeRule}. Pure and
 * deterministic: no Spring, the same peer group in any order gives the same grades.
 */
package org.kaohe.results.grading;
