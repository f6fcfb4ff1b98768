/** The live, resumable Server-Sent-Event stream of results for dashboards. */
package org.kaohe.results.stream;
