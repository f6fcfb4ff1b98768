package org.kaohe.assessment.web;

/** The format request bodies check every code against: the one the event contracts enforce. */
public final class CodeFormat {
  public static final String REGEX = "[A-Z0-9][A-Z0-9-]{1,31}";

  private CodeFormat() {}
}
