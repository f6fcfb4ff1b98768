package org.kaohe.survey.scoring;

/**
 * The range of answers an item accepts, from {@code min} (worst) to {@code max} (best), mapped
 * linearly onto 0–100 so that items on a 5-point and on a 0–10 scale can be averaged.
 */
public record AnswerScale(int min, int max) {

  public AnswerScale {
    if (min >= max) {
      throw new IllegalArgumentException(
          "an answer scale needs its lowest answer below its highest, got " + min + ".." + max);
    }
  }

  /** Whether {@code answer} lies on this scale, ends included. */
  public boolean contains(double answer) {
    return answer >= min && answer <= max;
  }

  /** The answer's place on 0–100: {@code min} is 0 and {@code max} is 100. */
  public double toHundred(double answer) {
    if (!contains(answer)) {
      throw new IllegalArgumentException(
          "the answer " + answer + " lies outside the scale " + min + ".." + max);
    }
    return (answer - min) * 100.0 / (max - min);
  }
}
