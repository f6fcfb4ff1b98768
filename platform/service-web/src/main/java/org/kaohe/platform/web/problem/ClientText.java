package org.kaohe.platform.web.problem;

/**
 * How a message quotes text a client sent: whole up to {@value #MAX} characters, cut with an
 * ellipsis beyond, so that no message grows with its input.
 */
public final class ClientText {
  public static final int MAX = 40;

  private ClientText() {}

  public static String quoted(String text) {
    return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
  }
}
