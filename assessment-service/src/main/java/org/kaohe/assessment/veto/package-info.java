/**
 * One-vote veto (一票否决): an agency proposes a veto item against a unit for a year; the item's
 * competent department confirms it (then it takes effect) or rejects it with a reason (then it may
 * be proposed again). One {@code VetoCase} aggregate per unit, year and item.
 */
package org.kaohe.assessment.veto;
