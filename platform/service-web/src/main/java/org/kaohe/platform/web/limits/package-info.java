/**
 * Request body size limits every service and the gateway enforce themselves: a body over the limit
 * is refused with a 413 problem naming the limit, at once when {@code Content-Length} says so, or
 * as soon as a chunked body crosses it.
 */
package org.kaohe.platform.web.limits;
