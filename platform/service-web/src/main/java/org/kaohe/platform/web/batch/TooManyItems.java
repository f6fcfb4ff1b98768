package org.kaohe.platform.web.batch;

/** A batch or spreadsheet with more items than one submission may hold: nothing is recorded. */
public final class TooManyItems extends RuntimeException {
  private final int limit;

  public TooManyItems(String what, int limit) {
    super(
        "a "
            + what
            + " may hold at most "
            + limit
            + " items; split it into several submissions (nothing was recorded)");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
