/**
 * Events published by the survey service on the {@code survey.events} topic: each surveyed unit's
 * result of a campaign, published when the campaign closes and again after each correction.
 */
package org.kaohe.events.survey;
