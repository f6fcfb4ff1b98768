package org.kaohe.assessment.veto.domain;

/** Where a veto case stands; only a {@code CONFIRMED} veto is in effect. */
public enum VetoStatus {
  /** Awaiting the competent department's opinion. */
  PROPOSED,
  CONFIRMED,
  /** May be proposed again. */
  REJECTED
}
