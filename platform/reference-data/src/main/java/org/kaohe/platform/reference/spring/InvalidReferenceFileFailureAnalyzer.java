package org.kaohe.platform.reference.spring;

import org.kaohe.platform.reference.InvalidReferenceFile;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells an operator which reference file is bad, on which lines, and how to fix it. */
class InvalidReferenceFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidReferenceFile> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidReferenceFile cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the lines listed in the file named, which is either in KAOHE_REFERENCE_DIR or"
            + " pointed at by KAOHE_REFERENCE_UNITS_FILE, KAOHE_REFERENCE_AGENCIES_FILE,"
            + " KAOHE_REFERENCE_CADRES_FILE, KAOHE_REFERENCE_INDICATORS_FILE,"
            + " KAOHE_REFERENCE_VETO_ITEMS_FILE or KAOHE_REFERENCE_SCHEMES_FILE"
            + " (kaohe.reference.dir, kaohe.reference.*-file).",
        cause);
  }
}
