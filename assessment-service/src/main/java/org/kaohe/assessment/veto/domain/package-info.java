/**
 * The veto case aggregate and its commands: one case per item, unit and year, proposed by an agency
 * and confirmed or rejected only by the item's competent department; a rejected item may be
 * proposed again. No Spring and no storage here.
 */
package org.kaohe.assessment.veto.domain;
