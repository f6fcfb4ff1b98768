/**
 * The scoring schemes: per assessment year, the weighted trees of components that turn a unit's or
 * a cadre's inputs into a composite score, and the parameters that turn composites into grades (the
 * excellence share and bar, the bands, the political-quality lowering, the veto cap, the
 * high-quality-development test, the democratic-evaluation points, the deduction caps and the tie
 * rule). Read from {@code schemes.yml} beside the other reference files and refused at start-up,
 * with every problem at once, when it breaks a rule of {@link
 * org.kaohe.platform.reference.scheme.SchemeRule}. Plain code, without Spring.
 */
package org.kaohe.platform.reference.scheme;
