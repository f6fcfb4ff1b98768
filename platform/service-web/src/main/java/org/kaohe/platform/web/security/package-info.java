/**
 * Bearer-token (JWT) authentication and the single security filter chain shared by every service:
 * key configuration, role mapping, the {@link org.kaohe.platform.web.Caller} argument and
 * problem+json responses for 401 and 403.
 */
package org.kaohe.platform.web.security;
