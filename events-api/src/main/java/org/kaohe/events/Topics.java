package org.kaohe.events;

/** One Kafka topic per producing service. */
public final class Topics {
  public static final String ASSESSMENT_EVENTS = "assessment.events";
  public static final String SURVEY_EVENTS = "survey.events";
  public static final String RESULTS_EVENTS = "results.events";

  private Topics() {}
}
