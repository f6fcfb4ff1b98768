package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoItemCode;

/**
 * Reads the veto items reference file: {@code
 * code,name,english_name,competent_department,proposed_by}, codes unique; the competent department
 * and every agency of {@code proposed_by} (separated by {@code |}) must be known agencies.
 */
public final class VetoItemsCsv {
  public static final String HEADER = "code,name,english_name,competent_department,proposed_by";

  private VetoItemsCsv() {}

  /**
   * @param agencies the codes of the known agencies
   * @throws InvalidReferenceFile listing every bad line
   */
  public static List<VetoItem> read(InputStream in, String origin, Set<String> agencies)
      throws IOException {
    FileProblems problems = new FileProblems(origin);
    List<VetoItem> items = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (CsvFile.Line line : CsvFile.read(in, HEADER, problems)) {
      Optional<VetoItem> parsed = new LineReader(line, agencies, problems).item();
      if (parsed.isEmpty()) {
        continue;
      }
      VetoItem item = parsed.get();
      Integer earlier = lineOfCode.putIfAbsent(item.code().value(), line.number());
      if (earlier != null) {
        problems.at(
            line.number(), "veto item code " + item.code() + " is already on line " + earlier);
        continue;
      }
      items.add(item);
    }
    if (items.isEmpty() && !problems.any()) {
      problems.inFile("the file lists no veto items");
    }
    problems.throwIfAny();
    return List.copyOf(items);
  }

  /** One line, every problem of it recorded. */
  private record LineReader(CsvFile.Line line, Set<String> agencies, FileProblems problems) {

    Optional<VetoItem> item() {
      List<String> fields = line.fields();
      if (fields.size() != 5) {
        problems.at(line.number(), "expected 5 fields (" + HEADER + "), found " + fields.size());
        return Optional.empty();
      }
      int before = problems.count();
      VetoItemCode code = code(fields.get(0));
      if (fields.get(1).isEmpty()) {
        problems.at(line.number(), "name is empty");
      }
      AgencyCode competent = agency(fields.get(3), "competent_department");
      List<AgencyCode> proposers = proposers(fields.get(4));
      if (problems.count() > before) {
        return Optional.empty();
      }
      return Optional.of(new VetoItem(code, fields.get(1), fields.get(2), competent, proposers));
    }

    private VetoItemCode code(String value) {
      try {
        return new VetoItemCode(value);
      } catch (IllegalArgumentException e) {
        problems.at(
            line.number(),
            "code must be 2-32 upper-case letters, digits or '-', found '" + value + "'");
        return null;
      }
    }

    private List<AgencyCode> proposers(String value) {
      if (value.isEmpty()) {
        problems.at(
            line.number(),
            "proposed_by is empty; list the agencies that may propose the item, separated by '|'");
        return List.of();
      }
      List<AgencyCode> proposers = new ArrayList<>();
      for (String proposer : value.split("\\|", -1)) {
        AgencyCode agency = agency(proposer.strip(), "proposed_by");
        if (agency != null && !proposers.contains(agency)) {
          proposers.add(agency);
        }
      }
      return proposers;
    }

    private AgencyCode agency(String value, String column) {
      if (!agencies.contains(value)) {
        problems.at(
            line.number(), column + " '" + value + "' is not an agency of the agencies file");
        return null;
      }
      return new AgencyCode(value);
    }
  }
}
