/**
 * Batches of scores as JSON: a body split into items (a JSON array or NDJSON lines), each item
 * checked by the same field rules as a single score request, and the report of every item's own
 * outcome in input order.
 */
package org.kaohe.assessment.submission.batch;
