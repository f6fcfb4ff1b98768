/**
 * The stack the load drivers measure, started as the local launcher starts it: the embedded MongoDB
 * server and Kafka broker in the driver's own JVM, and the real services from their executable
 * jars, each in a JVM of its own with the default compilers, on free ports, the gateway routing to
 * them.
 */
package org.kaohe.benchmarks.stack;
