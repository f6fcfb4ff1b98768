/**
 * The checks every submission passes against the reference data before anything is stored (a known
 * unit, cadre and agency, a catalogued year, an applicable indicator, a value on its scale), and
 * the answers to the reference read requests. The data itself, its files and its reader live in the
 * reference-data module. Plain code: the web layer only parses and renders.
 */
package org.kaohe.assessment.reference;
