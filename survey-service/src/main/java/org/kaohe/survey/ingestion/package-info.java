/**
 * Survey teams' batches of responses: read from NDJSON, a JSON array or a CSV export, each response
 * checked on its own against the campaign, stored in bulk, and the batch recorded as an event of
 * the campaign; the answer reports every response by its line.
 */
package org.kaohe.survey.ingestion;
