package org.kaohe.assessment.config;

import jakarta.validation.Validator;
import org.kaohe.assessment.round.application.ScoreRecorder;
import org.kaohe.assessment.submission.BatchLimits;
import org.kaohe.assessment.submission.RoundOrderedRecording;
import org.kaohe.assessment.submission.ScoreFieldRules;
import org.kaohe.assessment.submission.UploadLimits;
import org.kaohe.assessment.submission.batch.BatchItems;
import org.kaohe.assessment.submission.sheet.SheetRows;
import org.kaohe.assessment.submission.sheet.Templates;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.spreadsheet.XlsxSheet;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.numbers.DecimalBounds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk channels, batches and spreadsheets, within {@code kaohe.assessment.batch.*} and {@code
 * kaohe.assessment.upload.*}; every item goes through the one {@link ScoreRecorder}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BatchLimits.class, UploadLimits.class})
class SubmissionConfiguration {

  @Bean
  ScoreFieldRules scoreFieldRules(Validator validator) {
    return new ScoreFieldRules(validator);
  }

  @Bean
  RoundOrderedRecording roundOrderedRecording(ScoreRecorder recorder, BatchLimits limits) {
    return new RoundOrderedRecording(recorder, limits.concurrency());
  }

  @Bean
  BatchReader batchReader(JsonMapper json, DecimalBounds numbers, BatchLimits limits) {
    return new BatchReader(json, numbers, limits.maxItems());
  }

  @Bean
  BatchItems batchItems(JsonMapper json, ScoreFieldRules rules) {
    return new BatchItems(json, rules);
  }

  @Bean
  SheetRows sheetRows(ScoreFieldRules rules, DecimalBounds numbers, BatchLimits limits) {
    return new SheetRows(rules, numbers, limits.maxItems());
  }

  @Bean
  XlsxSheet xlsxSheet(UploadLimits limits) {
    return new XlsxSheet(limits.xlsx());
  }

  @Bean
  Templates templates(ReferenceData referenceData) {
    return new Templates(referenceData);
  }
}
