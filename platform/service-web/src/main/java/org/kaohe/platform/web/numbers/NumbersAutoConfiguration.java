package org.kaohe.platform.web.numbers;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every JSON mapper of a service reads client numbers exactly and within {@link DecimalBounds}: a
 * decimal in a tree stays a decimal (a batch item is read as a tree first), a decimal is never
 * truncated into a whole-number field, and every {@code BigDecimal} passes the bounds.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(DecimalBounds.class)
public class NumbersAutoConfiguration {

  @Bean
  JsonMapperBuilderCustomizer boundedNumbers(DecimalBounds bounds) {
    return builder -> BoundedNumbers.configure(builder, bounds);
  }
}
