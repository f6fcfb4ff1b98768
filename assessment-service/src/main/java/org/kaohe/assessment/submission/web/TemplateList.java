package org.kaohe.assessment.submission.web;

import java.util.List;
import org.kaohe.assessment.submission.sheet.Template;

/** The templates an agency can download, each with its links and where to upload it. */
record TemplateList(String agency, List<Entry> templates) {

  record Entry(
      int year,
      String group,
      String name,
      String englishName,
      List<String> indicators,
      int rows,
      Links links) {}

  record Links(String xlsx, String csv, String upload) {}

  static TemplateList of(String agency, List<Template> templates) {
    return new TemplateList(agency, templates.stream().map(TemplateList::entry).toList());
  }

  private static Entry entry(Template template) {
    String download =
        "/api/assessment/templates?year=" + template.year() + "&group=" + template.group().code();
    return new Entry(
        template.year(),
        template.group().code(),
        template.group().name(),
        template.group().englishName(),
        template.indicators().stream().map(indicator -> indicator.code().value()).toList(),
        template.rows().size(),
        new Links(
            download + "&format=xlsx",
            download + "&format=csv",
            "/api/assessment/uploads?year=" + template.year()));
  }
}
