/**
 * Spring Boot wiring of the reference data: where each file is read from (an operator's file, an
 * operator's directory, or the shipped file), the beans every service receives, and the start-up
 * failure report that tells an operator what to fix.
 */
package org.kaohe.platform.reference.spring;
