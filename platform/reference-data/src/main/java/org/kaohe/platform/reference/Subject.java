package org.kaohe.platform.reference;

/** Who an indicator is scored for: the unit's leadership group, its cadres, or both. */
public enum Subject {
  UNITS,
  CADRES
}
