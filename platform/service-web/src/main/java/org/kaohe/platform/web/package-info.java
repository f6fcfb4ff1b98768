/**
 * The HTTP conventions every Kaohe service shares: bearer-token authentication with role mapping,
 * the {@link org.kaohe.platform.web.Caller} controller argument, the route rules of every service
 * ({@link org.kaohe.platform.web.access}), and RFC 9457 problem+json for every error. Applied by
 * Spring Boot auto-configuration as soon as this module is on the classpath.
 */
package org.kaohe.platform.web;
