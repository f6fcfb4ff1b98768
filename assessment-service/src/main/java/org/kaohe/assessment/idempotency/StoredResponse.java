package org.kaohe.assessment.idempotency;

/**
 * The final response to a keyed request, as it is replayed.
 *
 * @param contentType the Content-Type header, or null
 * @param location the Location header, or null
 */
public record StoredResponse(int status, String contentType, String location, byte[] body) {}
