/**
 * Checks every service runs against its own running context (shipped to the services as this
 * module's test jar): the gateway and the service decide every endpoint for every role alike, the
 * service's API document lists every endpoint with its roles, and a hostile client's requests are
 * answered with problems that neither fail nor leak nor store anything.
 */
package org.kaohe.platform.web.servicecheck;
