/**
 * The units of the public-opinion survey: those the shared reference units file marks as surveyed,
 * so that the survey and the assessment always name the same units.
 */
package org.kaohe.survey.units;
