package org.kaohe.results.stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

  @Bean
  StreamSlots streamSlots(StreamLimits limits) {
    return new StreamSlots(limits);
  }
}
