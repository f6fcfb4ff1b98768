package org.kaohe.survey.units;

import org.kaohe.events.ids.UnitCode;

/**
 * A unit in the public-opinion survey. {@code type} is empty for counties, which have one type;
 * {@code englishName} is empty where the reference data gives none.
 */
public record SurveyedUnit(
    UnitCode code,
    String name,
    String englishName,
    String category,
    String type,
    String parentCode) {}
