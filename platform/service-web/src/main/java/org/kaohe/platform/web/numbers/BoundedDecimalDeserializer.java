package org.kaohe.platform.web.numbers;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/**
 * Jackson's own reading of a decimal (numbers and numeric text, exactly, never through a double),
 * then {@link DecimalBounds#check}: a refusal reaches the client as the field's violation.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
  private final DecimalBounds bounds;

  BoundedDecimalDeserializer(DecimalBounds bounds) {
    this.bounds = bounds;
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
    BigDecimal value;
    try {
      value = super.deserialize(parser, context);
    } catch (JacksonException | NumberFormatException unreadable) {
      if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
        // A well-formed number whose exponent does not fit an int: out of bounds, not malformed.
        throw new NumberRefused(bounds.rule());
      }
      throw unreadable;
    }
    return value == null ? null : bounds.check(value);
  }
}
