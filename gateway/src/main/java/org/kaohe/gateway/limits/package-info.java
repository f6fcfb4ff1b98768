/**
 * Request rate limits per client address (before authentication) and per principal (after it),
 * answered with 429 problems, and per-route body size limits checked before a body is forwarded;
 * the overall body size limit is service-web's, applied by the gateway and every service alike.
 */
package org.kaohe.gateway.limits;
