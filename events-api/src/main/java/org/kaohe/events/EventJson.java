package org.kaohe.events;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The JSON form of event data on the wire. Readers tolerate unknown fields so that a producer may
 * add a field without breaking older consumers; instants are ISO-8601 strings.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule().addDeserializer(Instant.class, new Rfc3339Instants()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private EventJson() {}

  /**
   * Instants written as text are read as RFC 3339 timestamps with ITU, at a fraction of the cost of
   * java.time's formatter, as every consumer reads every event; any other form goes to the Java
   * time module's reader.
   */
  private static final class Rfc3339Instants extends StdDeserializer<Instant> {
    Rfc3339Instants() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return InstantDeserializer.INSTANT.deserialize(parser, context);
      }
      String text = parser.getText();
      try {
        return ITU.parseDateTime(text).toInstant();
      } catch (DateTimeException notRfc3339) {
        return (Instant)
            context.handleWeirdStringValue(
                Instant.class, text, "not an RFC 3339 timestamp: %s", notRfc3339.getMessage());
      }
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] write(Object data) {
    try {
      return MAPPER.writeValueAsBytes(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write event data " + data.getClass().getName(), e);
    }
  }

  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event data as " + type.getName(), e);
    }
  }
}
