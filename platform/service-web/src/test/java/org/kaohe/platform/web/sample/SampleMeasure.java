package org.kaohe.platform.web.sample;

import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.platform.web.validation.FreeText;

/** A body with every kind of client input the services read: decimals, counts and free text. */
public record SampleMeasure(
    BigDecimal value,
    Integer count,
    Map<String, Integer> counts,
    @FreeText(max = 20, multiline = true) String note) {}
