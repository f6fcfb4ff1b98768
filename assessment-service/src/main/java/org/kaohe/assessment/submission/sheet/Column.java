package org.kaohe.assessment.submission.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an agency's spreadsheet, as the template names them. The code, period, value and
 * correction columns carry a score request's fields; the name columns are there for people and are
 * not read.
 */
public enum Column {
  UNIT_CODE("unit_code", "unitCode", true),
  UNIT_NAME("unit_name", null, false),
  INDICATOR_CODE("indicator_code", "indicatorCode", true),
  INDICATOR_NAME("indicator_name", null, false),
  CADRE_CODE("cadre_code", "cadreCode", false),
  CADRE_NAME("cadre_name", null, false),
  PERIOD("period", "period", false),
  VALUE("value", "value", true),
  REPLACES("replaces", "replaces", false),
  REASON("reason", "reason", false);

  private final String header;
  private final String field;
  private final boolean required;

  Column(String header, String field, boolean required) {
    this.header = header;
    this.field = field;
    this.required = required;
  }

  public String header() {
    return header;
  }

  /** The score request's field it holds, or null for a name column. */
  public String field() {
    return field;
  }

  public boolean required() {
    return required;
  }

  public static List<String> headers() {
    return Arrays.stream(values()).map(Column::header).toList();
  }

  public static Optional<Column> ofHeader(String header) {
    return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
  }

  /** The column a score request's field is read from; empty for a field-less problem. */
  public static Optional<Column> ofField(String field) {
    return Arrays.stream(values())
        .filter(column -> column.field != null && column.field.equals(field))
        .findFirst();
  }
}
