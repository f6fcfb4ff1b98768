package org.kaohe.tools.launcher;

/** The {@code [name ] } column that tells whose line is whose in the shared console. */
final class OutputPrefix {

  static final String LAUNCHER = "kaohe";
  private static final int WIDTH = "assessment".length();

  private OutputPrefix() {}

  static String of(String name) {
    return "[" + name + " ".repeat(Math.max(0, WIDTH - name.length())) + "] ";
  }

  static String line(String name, String text) {
    return of(name) + text;
  }
}
