package org.kaohe.survey.campaign.domain;

/** How a response was collected. */
public enum Channel {
  PHONE,
  WEB,
  IN_PERSON
}
