package org.kaohe.survey.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kaohe.events.ids.UnitCode;

/**
 * Reads the surveyed-units reference file: a header {@code
 * code,name,english_name,category,type,parent_code}, then one unit per line. A bad line fails the
 * whole file with its line number, so an operator's mistake is found at start-up, not mid-survey.
 */
public final class SurveyedUnitsCsv {
  private static final String HEADER = "code,name,english_name,category,type,parent_code";
  private static final Set<String> CATEGORIES = Set.of("CITY", "COUNTY", "DEPARTMENT");

  private SurveyedUnitsCsv() {}

  public static List<SurveyedUnit> read(InputStream in, String origin) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
      throw new IllegalArgumentException(origin + ": first line must be '" + HEADER + "'");
    }
    List<SurveyedUnit> units = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        units.add(parse(line, origin + " line " + number));
      }
    }
    return List.copyOf(units);
  }

  private static SurveyedUnit parse(String line, String where) {
    String[] fields = line.split(",", -1);
    if (fields.length != 6) {
      throw new IllegalArgumentException(where + ": expected 6 fields, found " + fields.length);
    }
    if (!CATEGORIES.contains(fields[3])) {
      throw new IllegalArgumentException(
          where + ": category must be one of " + CATEGORIES + ", found '" + fields[3] + "'");
    }
    try {
      return new SurveyedUnit(
          new UnitCode(fields[0]), fields[1], fields[2], fields[3], fields[4], fields[5]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}
