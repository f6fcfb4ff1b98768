/**
 * The spreadsheets agencies keep: templates built from the reference data (a row per unit, cadre
 * and period an agency scores), and uploaded CSV or XLSX files read back into rows, each row's
 * problems reported with its cell.
 */
package org.kaohe.assessment.submission.sheet;
