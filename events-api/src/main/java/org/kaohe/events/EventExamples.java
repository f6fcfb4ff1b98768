package org.kaohe.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kaohe.events.EventCatalog.EventType;

/**
 * The stored example of each published event type, in the CloudEvents JSON format, shipped under
 * {@code examples/<type>.json} so that consumers can test their readers against it.
 */
public final class EventExamples {
  private EventExamples() {}

  /** The example's JSON bytes; fails when the type has none. */
  public static byte[] json(EventType type) {
    String path = "/examples/" + type.type() + ".json";
    try (InputStream in = EventExamples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no stored example " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored example " + path, e);
    }
  }
}
