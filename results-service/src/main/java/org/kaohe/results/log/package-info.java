/**
 * Every published result in order (the log the live stream resumes from and the as-of reads
 * search), and each unit's and cadre's current result.
 */
package org.kaohe.results.log;
