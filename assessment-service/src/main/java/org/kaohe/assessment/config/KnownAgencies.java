package org.kaohe.assessment.config;

import java.util.stream.Stream;
import org.kaohe.platform.reference.ReferenceData;

/**
 * A setting that names agencies must name agencies of the reference data: a misspelt one would
 * silently match nobody, so it stops the start, naming the setting and the agency.
 */
final class KnownAgencies {
  private KnownAgencies() {}

  static void require(String setting, Stream<String> agencies, ReferenceData referenceData) {
    agencies
        .filter(agency -> referenceData.agency(agency).isEmpty())
        .findFirst()
        .ifPresent(
            agency -> {
              throw new IllegalStateException(
                  setting
                      + " names agency "
                      + agency
                      + ", which is not in the agencies reference file");
            });
  }
}
