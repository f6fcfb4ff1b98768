package org.kaohe.assessment.submission.web;

import java.util.List;
import java.util.Locale;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.web.SubmittingAgency;
import org.kaohe.assessment.submission.sheet.CsvTemplate;
import org.kaohe.assessment.submission.sheet.Template;
import org.kaohe.assessment.submission.sheet.Templates;
import org.kaohe.assessment.submission.sheet.XlsxTemplate;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.InvalidFields;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The spreadsheets an agency fills in: which it has (one per indicator group it submits in), and
 * each as XLSX or CSV, listing every score it is to submit for the year with the value left empty.
 */
@RestController
@RequestMapping("/api/assessment/templates")
class TemplateController {
  private final Templates templates;
  private final ReferenceQueries queries;
  private final ReferenceData reference;

  TemplateController(Templates templates, ReferenceQueries queries, ReferenceData reference) {
    this.templates = templates;
    this.queries = queries;
    this.reference = reference;
  }

  @GetMapping(params = "!group")
  TemplateList list(@RequestParam(required = false) String year, Caller caller) {
    String agency = SubmittingAgency.of(caller);
    List<IndicatorCatalogue> catalogues =
        year == null ? reference.catalogues() : List.of(queries.catalogue(year));
    return TemplateList.of(agency, templates.available(catalogues, agency));
  }

  @GetMapping(params = "group")
  Mono<ResponseEntity<byte[]>> download(
      @RequestParam(required = false) String year,
      @RequestParam String group,
      @RequestParam(defaultValue = "xlsx") String format,
      Caller caller) {
    String agency = SubmittingAgency.of(caller);
    String extension = format.strip().toLowerCase(Locale.ROOT);
    if (!extension.equals("xlsx") && !extension.equals("csv")) {
      throw new InvalidFields("format", "format must be xlsx or csv, got: " + format);
    }
    Template template = templates.of(queries.catalogue(year), group, agency);
    boolean xlsx = extension.equals("xlsx");
    ContentDisposition attachment =
        ContentDisposition.attachment().filename(template.filename(extension)).build();
    return Mono.fromCallable(
            () -> xlsx ? XlsxTemplate.write(template) : CsvTemplate.write(template))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            file ->
                ResponseEntity.ok()
                    .contentType(
                        MediaType.parseMediaType(
                            xlsx ? XlsxTemplate.MEDIA_TYPE : CsvTemplate.MEDIA_TYPE))
                    .headers(headers -> headers.setContentDisposition(attachment))
                    .body(file));
  }
}
