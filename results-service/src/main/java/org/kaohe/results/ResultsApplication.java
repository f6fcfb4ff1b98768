package org.kaohe.results;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ResultsApplication {
  public static void main(String[] args) {
    SpringApplication.run(ResultsApplication.class, args);
  }
}
