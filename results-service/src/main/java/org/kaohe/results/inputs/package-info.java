/**
 * Each unit's and cadre's current inputs for a year, as the assessment and survey events set them:
 * every input keeps the id of the event it came from, and applying an event again changes nothing.
 */
package org.kaohe.results.inputs;
