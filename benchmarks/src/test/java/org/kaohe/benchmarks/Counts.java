package org.kaohe.benchmarks;

/** The tallies of one or more tracking runs, as printed side by side. */
record Counts(long committed, long seen, long skipped, long duplicates, long outOfOrder) {
  static final Counts NONE = new Counts(0, 0, 0, 0, 0);

  Counts plus(Counts other) {
    return new Counts(
        committed + other.committed,
        seen + other.seen,
        skipped + other.skipped,
        duplicates + other.duplicates,
        outOfOrder + other.outOfOrder);
  }

  String[] cells() {
    return new String[] {
      String.valueOf(committed),
      String.valueOf(seen),
      String.valueOf(skipped),
      String.valueOf(duplicates),
      String.valueOf(outOfOrder)
    };
  }
}
