package org.kaohe.platform.spreadsheet;

import java.util.Map;

/**
 * An upload that cannot be read as the spreadsheet it should be (not CSV or XLSX, no header, a
 * wrong header): its 400 names why, and no row is recorded.
 *
 * @see #properties() what the problem adds, such as the missing and unknown columns
 */
public final class SheetRejected extends RuntimeException {
  private final transient Map<String, Object> properties;

  public SheetRejected(String detail) {
    this(detail, Map.of());
  }

  public SheetRejected(String detail, Map<String, Object> properties) {
    super(detail);
    this.properties = Map.copyOf(properties);
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
