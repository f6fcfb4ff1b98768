package org.kaohe.tools.launcher.fakes;

/** A service that fails during start-up. */
public final class ExitsWithThree {

  public static void main(String[] args) {
    System.out.println("starting up");
    System.err.println("fatal: no configuration for kaohe.widgets");
    System.exit(3);
  }
}
