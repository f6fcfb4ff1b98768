package org.kaohe.results.grading;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A result's id: the first 16 bytes of the SHA-256 of the result's text without its id, in hex. The
 * text is the record's as Java prints it — every field in declaration order, every list in its
 * order, decimals the same everywhere — so equal results get equal ids across runs and machines. It
 * is written here rather than by the records' own {@code toString}, which the JDK builds with
 * {@code String.format} for every record, a cost paid for each member of a peer group at every
 * change.
 */
final class ResultIds {
  private static final String DOMAIN = "org.kaohe.results.";

  private static final ClassValue<Field[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Field[] fields = new Field[components.length];
          for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            fields[i] = new Field(components[i].getName() + "=", accessor);
          }
          return fields;
        }
      };

  private record Field(String label, Method accessor) {}

  private ResultIds() {}

  /** A subject's last result and its id. */
  private record Known(Record result, String id) {}

  /** Subjects remembered at most: the reference data's units and cadres over a few years. */
  private static final int SUBJECTS = 100_000;

  private static final Map<String, Known> LAST = new ConcurrentHashMap<>();

  /**
   * The id of a subject's result. A change recomputes the subject's whole peer group, and most of
   * its results come out as they were: a result equal to the subject's last one has its id, since
   * equal results have the same text, without writing and hashing the text again.
   *
   * @param subject the subject the result is of, in a year: {@code UNIT:620100:2026}
   */
  static String of(String subject, Record withoutId) {
    Known last = LAST.get(subject);
    if (last != null && last.result().equals(withoutId)) {
      return last.id();
    }
    String id = of(withoutId);
    if (LAST.size() >= SUBJECTS) {
      LAST.clear();
    }
    LAST.put(subject, new Known(withoutId, id));
    return id;
  }

  static String of(Record withoutId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text(withoutId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The value's text as {@code String.valueOf} gives it. */
  static String text(Object value) {
    StringBuilder out = new StringBuilder(4096);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Record record && record.getClass().getName().startsWith(DOMAIN)) {
      out.append(record.getClass().getSimpleName()).append('[');
      Field[] fields = FIELDS.get(record.getClass());
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(fields[i].label());
        write(read(fields[i].accessor(), record), out);
      }
      out.append(']');
    } else if (value instanceof Collection<?> collection) {
      out.append('[');
      for (Iterator<?> it = collection.iterator(); it.hasNext(); ) {
        write(it.next(), out);
        if (it.hasNext()) {
          out.append(", ");
        }
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> entry = it.next();
        write(entry.getKey(), out);
        out.append('=');
        write(entry.getValue(), out);
        if (it.hasNext()) {
          out.append(", ");
        }
      }
      out.append('}');
    } else {
      out.append(value);
    }
  }

  private static Object read(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a result", e);
    }
  }
}
