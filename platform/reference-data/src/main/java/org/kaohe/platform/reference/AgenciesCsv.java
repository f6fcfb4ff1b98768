package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.events.ids.AgencyCode;

/** Reads the agencies reference file: {@code code,name,english_name}, codes unique. */
public final class AgenciesCsv {
  public static final String HEADER = "code,name,english_name";

  private AgenciesCsv() {}

  /**
   * @throws InvalidReferenceFile listing every bad line
   */
  public static List<Agency> read(InputStream in, String origin) throws IOException {
    FileProblems problems = new FileProblems(origin);
    List<Agency> agencies = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (CsvFile.Line line : CsvFile.read(in, HEADER, problems)) {
      List<String> fields = line.fields();
      if (fields.size() != 3) {
        problems.at(line.number(), "expected 3 fields (" + HEADER + "), found " + fields.size());
        continue;
      }
      AgencyCode code;
      try {
        code = new AgencyCode(fields.get(0));
      } catch (IllegalArgumentException e) {
        problems.at(
            line.number(),
            "code must be 2-32 upper-case letters, digits or '-', found '" + fields.get(0) + "'");
        continue;
      }
      if (fields.get(1).isEmpty()) {
        problems.at(line.number(), "name is empty");
        continue;
      }
      Integer earlier = lineOfCode.putIfAbsent(code.value(), line.number());
      if (earlier != null) {
        problems.at(line.number(), "agency code " + code + " is already on line " + earlier);
        continue;
      }
      agencies.add(new Agency(code, fields.get(1), fields.get(2)));
    }
    if (agencies.isEmpty() && !problems.any()) {
      problems.inFile("the file lists no agencies");
    }
    problems.throwIfAny();
    return List.copyOf(agencies);
  }
}
