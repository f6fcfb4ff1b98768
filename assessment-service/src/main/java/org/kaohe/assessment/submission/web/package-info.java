/**
 * The bulk channels over HTTP: batches of JSON items, spreadsheet templates and their upload. Only
 * parses and renders; what an item or row means is decided in the packages above.
 */
package org.kaohe.assessment.submission.web;
