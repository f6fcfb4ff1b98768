package org.kaohe.platform.spreadsheet;

/**
 * An upload beyond one of the limits that keep a workbook's memory bounded: its 413 names the
 * limit, and no row is recorded.
 *
 * @see #limitName() the problem's property holding the limit, e.g. {@code maxRows}
 */
public final class SheetTooLarge extends RuntimeException {
  private final String limitName;
  private final long limit;

  SheetTooLarge(String detail, String limitName, long limit) {
    super(detail + " (nothing was recorded)", null, false, false);
    this.limitName = limitName;
    this.limit = limit;
  }

  public String limitName() {
    return limitName;
  }

  public long limit() {
    return limit;
  }
}
