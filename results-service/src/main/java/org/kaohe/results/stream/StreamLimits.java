package org.kaohe.results.stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many live result streams may be open at once.
 *
 * @param maxPerPrincipal per token subject
 * @param maxTotal for the whole service instance
 */
@ConfigurationProperties("kaohe.results.stream")
public record StreamLimits(
    @DefaultValue("3") int maxPerPrincipal, @DefaultValue("200") int maxTotal) {

  public StreamLimits {
    if (maxPerPrincipal < 1 || maxTotal < maxPerPrincipal) {
      throw new IllegalArgumentException(
          "kaohe.results.stream needs max-per-principal >= 1 and max-total >= max-per-principal");
    }
  }
}
