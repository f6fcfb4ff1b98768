/**
 * Batches as clients send them: a body read up to its size limit, split into items (a JSON array,
 * or NDJSON with one object per line), each item's own read problem kept with its line, and a
 * refusal of the whole batch when it holds more items than allowed.
 */
package org.kaohe.platform.web.batch;
