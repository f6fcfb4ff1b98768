/**
 * The reference data every submission is checked against: the assessed units with their category
 * and type, the agencies, and each year's indicator catalogue with its scales, applicability and
 * responsible agencies. Shipped as files, replaceable by an operator, and validated line by line
 * when they are read. Plain code: the web layer only parses and renders.
 */
package org.kaohe.assessment.reference;
