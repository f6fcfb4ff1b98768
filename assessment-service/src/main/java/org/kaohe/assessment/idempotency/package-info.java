/**
 * Safe retries: the {@code Idempotency-Key} request header (IETF draft "The Idempotency-Key HTTP
 * Header Field"). The first request with a key is processed and its response kept; a retry with the
 * same key and the same request gets that response again, a different request with the key a 422,
 * and a retry while the first is still running a 409. Keys belong to the caller (principal and
 * agency) and are kept for a configurable retention.
 */
package org.kaohe.assessment.idempotency;
