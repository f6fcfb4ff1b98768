/**
 * The reference API, {@code /api/assessment/reference/**}: read-only, for every authenticated role;
 * and the problems the reference checks answer with, wherever they are raised.
 */
package org.kaohe.assessment.reference.web;
