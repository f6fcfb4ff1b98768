package org.kaohe.platform.reference;

/** A cadre's place in the unit's leadership group, which decides how the cadre is rated. */
public enum CadreRole {
  /** 正职: the unit's principal head. */
  PRINCIPAL,
  /** 副职: a deputy. */
  DEPUTY
}
