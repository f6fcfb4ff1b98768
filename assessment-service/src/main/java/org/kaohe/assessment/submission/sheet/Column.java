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
  UNIT_CODE("unit_code", "unitCode", true, false),
  UNIT_NAME("unit_name", null, false, false),
  INDICATOR_CODE("indicator_code", "indicatorCode", true, false),
  INDICATOR_NAME("indicator_name", null, false, false),
  CADRE_CODE("cadre_code", "cadreCode", false, false),
  CADRE_NAME("cadre_name", null, false, false),
  PERIOD("period", "period", false, false),
  VALUE("value", "value", true, false),
  REPLACES("replaces", "replaces", false, false),
  REASON("reason", "reason", false, true);

  private final String header;
  private final String field;
  private final boolean required;
  private final boolean freeText;

  Column(String header, String field, boolean required, boolean freeText) {
    this.header = header;
    this.field = field;
    this.required = required;
    this.freeText = freeText;
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

  /**
   * Whether the column holds what a person wrote: read exactly as the cell holds it, so that the
   * free-text rule judges it as it judges a JSON body's text. Codes and numbers are read without
   * the spaces around them.
   */
  public boolean freeText() {
    return freeText;
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
