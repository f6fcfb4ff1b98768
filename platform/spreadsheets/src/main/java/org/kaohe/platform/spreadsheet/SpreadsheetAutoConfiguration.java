package org.kaohe.platform.spreadsheet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** A service that reads uploaded spreadsheets answers a file refused whole as a problem. */
@AutoConfiguration
@ConditionalOnWebApplication
public class SpreadsheetAutoConfiguration {

  @Bean
  SpreadsheetProblems spreadsheetProblems() {
    return new SpreadsheetProblems();
  }
}
