package org.kaohe.survey.campaign.domain;

/**
 * A question of the questionnaire: its answers are whole numbers from {@code min} to {@code max}
 * (e.g. 1–5 or 0–10), mapped linearly to 0–100, and count towards its dimension (gain, happiness,
 * security, satisfaction with the unit's services, ...).
 */
public record Item(String code, String text, String dimension, int min, int max, boolean required) {

  public boolean accepts(int answer) {
    return answer >= min && answer <= max;
  }
}
