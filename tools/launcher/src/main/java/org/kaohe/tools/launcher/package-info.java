/**
 * The local stack launcher: starts the embedded Kafka broker and MongoDB server, runs each service
 * in its own JVM as in production, prefixes their output, waits for their health endpoints and
 * stops everything cleanly. Also the {@code kaohe token} command that mints local tokens.
 */
package org.kaohe.tools.launcher;
