package org.kaohe.platform.reference;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where each node of a YAML file is, by its JSON pointer (e.g. {@code /catalogues/0/year}), read in
 * a first pass over the file's tokens: bound records and Bean Validation's property paths know no
 * lines, so a problem found there is placed by its path. The pass also finds what binding would
 * silently accept: a field given twice in one mapping.
 */
public final class YamlLocations {
  /** A place in the file; line and column start at 1. */
  public record Place(int line, int column) {
    static Place of(JsonLocation location) {
      return new Place(location.getLineNr(), location.getColumnNr());
    }
  }

  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, Place> keys = new HashMap<>();

  private YamlLocations() {}

  /**
   * @return empty, with the problem recorded, when the text is not YAML at all
   */
  public static Optional<YamlLocations> read(String text, FileProblems problems)
      throws IOException {
    YamlLocations locations = new YamlLocations();
    try (JsonParser parser = YAML.createParser(text)) {
      Deque<Frame> frames = new ArrayDeque<>();
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        Place place = Place.of(parser.currentTokenLocation());
        Frame frame = frames.peek();
        if (token == JsonToken.FIELD_NAME) {
          frame.field(parser.currentName(), place, problems);
          locations.keys.putIfAbsent(frame.pointer + "/" + parser.currentName(), place);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          frames.pop();
          continue;
        }
        String pointer = frame == null ? "" : frame.child();
        locations.places.putIfAbsent(pointer, place);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          frames.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
      }
    } catch (JsonProcessingException e) {
      notYaml(e, problems);
      return Optional.empty();
    }
    return Optional.of(locations);
  }

  /** SnakeYAML's own account where there is one: the mark of the problem, not of its context. */
  private static void notYaml(JsonProcessingException e, FileProblems problems) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        problems.at(
            new Place(mark.getLine() + 1, mark.getColumn() + 1),
            "not valid YAML: " + marked.getProblem());
        return;
      }
    }
    problems.at(
        Place.of(e.getLocation()),
        "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
  }

  public boolean isEmpty() {
    return places.isEmpty();
  }

  /** The place of the node, or of the nearest enclosing node the file has (for a missing field). */
  public Place of(String pointer) {
    String path = pointer;
    while (!places.containsKey(path) && !path.isEmpty()) {
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return places.getOrDefault(path, new Place(1, 1));
  }

  /** The place of a mapping's key, for a problem with the field itself such as its name. */
  public Place keyOf(String pointer) {
    return keys.containsKey(pointer) ? keys.get(pointer) : of(pointer);
  }

  /** One open mapping or list, and the path its next value gets. */
  private static final class Frame {
    private final String pointer;
    private final boolean list;
    private final Set<String> fields = new HashSet<>();
    private String field;
    private int index = -1;

    Frame(String pointer, boolean list) {
      this.pointer = pointer;
      this.list = list;
    }

    void field(String name, Place place, FileProblems problems) {
      field = name;
      if (!fields.add(name)) {
        problems.at(place, "field '" + name + "' appears twice in one mapping");
      }
    }

    String child() {
      return pointer + "/" + (list ? String.valueOf(++index) : field);
    }
  }
}
