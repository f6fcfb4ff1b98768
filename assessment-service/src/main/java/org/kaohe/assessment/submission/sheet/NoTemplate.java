package org.kaohe.assessment.submission.sheet;

/** An agency asked for the template of a group in which it submits nothing. */
public final class NoTemplate extends RuntimeException {

  NoTemplate(String agency, String group, int year) {
    super(
        "agency "
            + agency
            + " submits no indicator of group "
            + group
            + " in "
            + year
            + ", so there is no template for it; GET /api/assessment/templates lists the agency's"
            + " templates");
  }
}
