package org.kaohe.assessment.veto.domain;

import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoItemCode;

/**
 * Identifies the veto case of one item against one unit in one year, e.g. {@code
 * veto:620100:2026:VETO-SAFETY}: derived, so a second proposal of the same item finds the first.
 */
public final class VetoId {
  private VetoId() {}

  public static String of(UnitCode unit, int year, VetoItemCode item) {
    return "veto:" + unit.value() + ":" + year + ":" + item.value();
  }
}
