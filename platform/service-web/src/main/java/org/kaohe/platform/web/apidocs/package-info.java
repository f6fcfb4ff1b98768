/**
 * The OpenAPI document of a service, as springdoc generates it from the controllers, completed from
 * the service's {@link org.kaohe.platform.web.access.AccessPolicy}: each operation names the roles
 * that may call it, the bearer-token scheme, and the problem+json error answers it can give. Active
 * when springdoc is on the classpath.
 */
package org.kaohe.platform.web.apidocs;
