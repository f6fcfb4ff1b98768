/** Request body size and per-principal rate limits, answered with 413 and 429 problems. */
package org.kaohe.gateway.limits;
