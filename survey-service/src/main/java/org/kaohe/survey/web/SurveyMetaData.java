package org.kaohe.survey.web;

import org.axonframework.messaging.MetaData;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.web.Caller;

/** What every command of a request carries into its events' metadata. */
final class SurveyMetaData {
  private SurveyMetaData() {}

  static MetaData of(Caller caller, String requestId, String reason) {
    return SubmissionMetaData.of(
        caller.principal(), caller.agency().orElse(null), requestId, reason);
  }
}
