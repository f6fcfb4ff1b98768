package org.kaohe.assessment.reference;

import java.util.List;

/**
 * What an agency may submit, per catalogued year: each indicator with the kinds of unit it applies
 * to and how many units of the reference list that is.
 */
public record Responsibilities(String agency, String name, List<Year> years) {

  public record Year(int year, List<Item> indicators) {}

  public record Item(
      String indicator, String name, String group, List<String> appliesTo, long units) {}
}
