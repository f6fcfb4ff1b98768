package org.kaohe.assessment.veto.domain;

/** A veto step without the text it needs: grounds for a proposal, a reason for a rejection. */
public final class VetoDetailMissing extends RuntimeException {
  private final String field;

  VetoDetailMissing(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The command field, named as in the request. */
  public String field() {
    return field;
  }
}
