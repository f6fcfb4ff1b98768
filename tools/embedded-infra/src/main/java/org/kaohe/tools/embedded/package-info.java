/**
 * Real infrastructure that runs inside a JVM, for the local launcher and for integration tests: a
 * single-node KRaft Kafka broker, a MongoDB-wire-protocol server whose data can live in an H2 file,
 * and HS256 tokens that stand in for an identity provider. Both servers listen on 127.0.0.1 only.
 */
package org.kaohe.tools.embedded;
