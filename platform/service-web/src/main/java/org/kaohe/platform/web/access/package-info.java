/**
 * Which roles may call which routes, declared once as data: an ordered list of {@link
 * org.kaohe.platform.web.access.RouteRule}s per service ({@link
 * org.kaohe.platform.web.access.AccessPolicies}), first match wins. The gateway enforces the
 * concatenation of every service's list, each service enforces its own, both through the one
 * translation into Spring Security in {@link
 * org.kaohe.platform.web.access.AccessPolicyAuthorization}, and the services' API documents name
 * each operation's roles from the same list.
 */
package org.kaohe.platform.web.access;
