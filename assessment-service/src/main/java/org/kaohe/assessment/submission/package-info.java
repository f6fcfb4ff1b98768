/**
 * Scores submitted in bulk: batches of JSON items and the spreadsheets agencies keep. Each item or
 * row is checked and recorded on its own through the one {@code ScoreRecorder}, and answered with
 * its own status, as a single request would be; one bad item never fails the others.
 */
package org.kaohe.assessment.submission;
