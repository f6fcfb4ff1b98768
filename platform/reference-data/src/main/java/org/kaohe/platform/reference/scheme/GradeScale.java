package org.kaohe.platform.reference.scheme;

import java.util.List;

/** The grades of units and of cadres, best first. */
public enum GradeScale {
  /** 优秀, 良好, 一般, 较差. */
  UNITS(List.of("EXCELLENT", "GOOD", "AVERAGE", "POOR")),
  /** 优秀, 称职, 基本称职, 不称职. */
  CADRES(List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"));

  public static final String EXCELLENT = "EXCELLENT";

  private final List<String> grades;

  GradeScale(List<String> grades) {
    this.grades = grades;
  }

  public List<String> grades() {
    return grades;
  }

  /** The grades a band can give: every grade but EXCELLENT, which is chosen, not banded. */
  public List<String> bandGrades() {
    return grades.subList(1, grades.size());
  }

  public boolean has(String grade) {
    return grades.contains(grade);
  }

  /** 0 for the best grade. */
  public int level(String grade) {
    return grades.indexOf(grade);
  }

  /** {@code levels} grades lower, at most down to the lowest grade. */
  public String lower(String grade, int levels) {
    return grades.get(Math.min(grades.size() - 1, level(grade) + levels));
  }

  /** The worse of two grades. */
  public String worse(String grade, String other) {
    return level(grade) >= level(other) ? grade : other;
  }
}
