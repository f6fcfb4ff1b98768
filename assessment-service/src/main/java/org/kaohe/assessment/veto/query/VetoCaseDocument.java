package org.kaohe.assessment.veto.query;

import org.kaohe.assessment.readmodel.SequencedDocuments;

/** The field names of a veto case document and of its steps. */
final class VetoCaseDocument {
  static final String UNIT_CODE = "unitCode";
  static final String YEAR = "year";
  static final String ITEM_CODE = "itemCode";
  static final String COMPETENT_DEPARTMENT = "competentDepartment";
  static final String STATUS = "status";
  static final String STEPS = "steps";
  static final String LAST_SEQUENCE = SequencedDocuments.LAST_SEQUENCE;

  static final String STEP = "step";
  static final String BY = "by";
  static final String AGENCY = "agency";
  static final String AT = "at";
  static final String GROUNDS = "grounds";
  static final String OPINION = "opinion";
  static final String REASON = "reason";

  private VetoCaseDocument() {}
}
