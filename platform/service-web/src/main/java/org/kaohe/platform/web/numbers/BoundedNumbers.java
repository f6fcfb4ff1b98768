package org.kaohe.platform.web.numbers;

import java.math.BigDecimal;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How a JSON mapper reads client numbers: a decimal in a tree stays a decimal (a batch item is read
 * as a tree first, and a double would round {@code 99.99999999999999999} to 100), a decimal is
 * never truncated into a whole-number field, every {@link BigDecimal} passes the bounds, and a
 * number or a boolean is never taken for text: {@code "reason": true} is refused, not read as
 * {@code "true"}.
 */
public final class BoundedNumbers {
  private BoundedNumbers() {}

  public static JsonMapper.Builder configure(JsonMapper.Builder builder, DecimalBounds bounds) {
    return builder
        .addModule(
            new SimpleModule("bounded-numbers")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer(bounds)))
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(
            LogicalType.Textual,
            text ->
                text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
