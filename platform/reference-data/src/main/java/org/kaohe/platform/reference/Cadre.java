package org.kaohe.platform.reference;

import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.UnitCode;

/** A cadre (领导干部) of one unit, rated separately as its principal (正职) or a deputy (副职). */
public record Cadre(CadreCode code, String name, UnitCode unitCode, CadreRole role) {}
