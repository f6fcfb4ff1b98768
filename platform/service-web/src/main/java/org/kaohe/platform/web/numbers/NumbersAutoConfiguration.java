package org.kaohe.platform.web.numbers;

import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON mapper of a service reads client numbers exactly and within {@link DecimalBounds}: a
 * decimal in a tree stays a decimal (a batch item is read as a tree first), a decimal is never
 * truncated into a whole-number field, and every {@link BigDecimal} passes the bounds.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(DecimalBounds.class)
public class NumbersAutoConfiguration {

  @Bean
  JsonMapperBuilderCustomizer boundedNumbers(DecimalBounds bounds) {
    return builder ->
        builder
            .addModule(
                new SimpleModule("bounded-numbers")
                    .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer(bounds)))
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }
}
