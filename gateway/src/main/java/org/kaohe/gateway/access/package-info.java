/** Which roles may call which routes; the services check the same token again. */
package org.kaohe.gateway.access;
