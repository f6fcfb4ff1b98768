package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.UnitCode;

/**
 * Reads the cadres reference file: {@code code,name,unit_code,role}; codes unique, every unit a
 * unit of the units file, role {@code PRINCIPAL} or {@code DEPUTY}.
 */
public final class CadresCsv {
  public static final String HEADER = "code,name,unit_code,role";

  private CadresCsv() {}

  /**
   * @param units the codes of the known units
   * @throws InvalidReferenceFile listing every bad line
   */
  public static List<Cadre> read(InputStream in, String origin, Set<String> units)
      throws IOException {
    FileProblems problems = new FileProblems(origin);
    List<Cadre> cadres = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (CsvFile.Line line : CsvFile.read(in, HEADER, problems)) {
      int before = problems.count();
      List<String> fields = line.fields();
      if (fields.size() != 4) {
        problems.at(line.number(), "expected 4 fields (" + HEADER + "), found " + fields.size());
        continue;
      }
      CadreCode code = code(fields.get(0), line.number(), problems);
      if (fields.get(1).isEmpty()) {
        problems.at(line.number(), "name is empty");
      }
      if (!units.contains(fields.get(2))) {
        problems.at(line.number(), "unknown unit " + fields.get(2) + " (not in the units file)");
      }
      CadreRole role = role(fields.get(3), line.number(), problems);
      if (code != null) {
        Integer earlier = lineOfCode.putIfAbsent(code.value(), line.number());
        if (earlier != null) {
          problems.at(line.number(), "cadre code " + code + " is already on line " + earlier);
        }
      }
      if (problems.count() == before) {
        cadres.add(new Cadre(code, fields.get(1), new UnitCode(fields.get(2)), role));
      }
    }
    problems.throwIfAny();
    return List.copyOf(cadres);
  }

  private static CadreCode code(String text, int line, FileProblems problems) {
    try {
      return new CadreCode(text);
    } catch (IllegalArgumentException e) {
      problems.at(
          line, "code must be 2-32 upper-case letters, digits or '-', found '" + text + "'");
      return null;
    }
  }

  private static CadreRole role(String text, int line, FileProblems problems) {
    try {
      return CadreRole.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.at(line, "role must be PRINCIPAL or DEPUTY, found '" + text + "'");
      return null;
    }
  }
}
