/**
 * A unit's or a cadre's composite score and its explanation, computed from its current inputs by
 * the year's scoring scheme: each component's value, weight and contribution with the events it
 * came from, down to the indicators, and the deductions of findings within their caps. A missing
 * input leaves the composite provisional, over the components present, never a silent zero. Pure
 * and deterministic: no Spring, no clock, exact decimals with one documented rounding ({@link
 * org.kaohe.results.scoring.Scoring}).
 */
package org.kaohe.results.scoring;
