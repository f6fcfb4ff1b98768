/**
 * The campaigns as the ingestion and the API read them: status, definition and when each closed,
 * kept by a projection that runs in the thread of the command that changed the campaign, and the
 * ids of the recorded batches; the published unit results.
 */
package org.kaohe.survey.campaign.query;
