package org.kaohe.survey.responses;

/** What became of one response offered to the store. */
public enum StoreOutcome {
  /** Stored now. */
  STORED,
  /** Stored by an earlier try of the same response (same id, same respondent): no second effect. */
  ALREADY_STORED,
  /** The unit already counts another response of this respondent: refused, and counted. */
  DUPLICATE_RESPONDENT,
  /** Another respondent's response already has this id in the campaign: refused. */
  RESPONSE_ID_TAKEN
}
