/**
 * RFC 9457 problem+json for every error: exceptions raised in controllers, failures outside them
 * (no route, unreachable upstream), and the security 401/403 responses. Unexpected failures are
 * logged here and answered with a generic detail, never a stack trace.
 */
package org.kaohe.platform.web.problem;
