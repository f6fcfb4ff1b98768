package org.kaohe.platform.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a YAML reference file, read field by field. Works on SnakeYAML's node tree rather
 * than loaded objects, because only the nodes know their line; every problem is recorded there.
 */
final class YamlMap {
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final String what;
  private final int line;
  private final FileProblems problems;

  private YamlMap(String what, int line, FileProblems problems) {
    this.what = what;
    this.line = line;
    this.problems = problems;
  }

  /**
   * @param what the mapping, for messages, e.g. "an indicator"
   * @param allowed its fields; any other is a problem, so that a misspelt field is not ignored
   * @return empty, with a problem recorded, when the node is not a mapping
   */
  static Optional<YamlMap> of(Node node, String what, List<String> allowed, FileProblems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.at(lineOf(node), what + " must be a mapping with " + String.join(", ", allowed));
      return Optional.empty();
    }
    YamlMap map = new YamlMap(what, lineOf(node), problems);
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      int keyLine = lineOf(tuple.getKeyNode());
      if (!allowed.contains(key)) {
        problems.at(
            keyLine,
            "unknown field '" + key + "' in " + what + "; expected " + String.join(", ", allowed));
      } else if (map.fields.putIfAbsent(key, tuple.getValueNode()) != null) {
        problems.at(keyLine, "field '" + key + "' appears twice in " + what);
      }
    }
    return Optional.of(map);
  }

  static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  int line() {
    return line;
  }

  boolean has(String key) {
    return fields.containsKey(key) && !isNull(fields.get(key));
  }

  Node node(String key) {
    return fields.get(key);
  }

  /** A required single value; empty, with a problem recorded, when missing, blank or a list. */
  Optional<String> text(String key) {
    if (!has(key)) {
      problems.at(line, what + " needs '" + key + "'");
      return Optional.empty();
    }
    Optional<String> text = optionalText(key);
    if (text.isPresent() && text.get().isEmpty()) {
      problems.at(lineOf(fields.get(key)), "'" + key + "' is empty");
      return Optional.empty();
    }
    return text;
  }

  Optional<String> optionalText(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node node = fields.get(key);
    if (!(node instanceof ScalarNode scalar)) {
      problems.at(lineOf(node), "'" + key + "' must be a single value");
      return Optional.empty();
    }
    return Optional.of(scalar.getValue().strip());
  }

  /** A required, non-empty list; empty, with a problem recorded, otherwise. */
  Optional<List<Node>> list(String key) {
    if (!has(key)) {
      problems.at(line, what + " needs '" + key + "'");
      return Optional.empty();
    }
    return optionalList(key);
  }

  Optional<List<Node>> optionalList(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node node = fields.get(key);
    if (!(node instanceof SequenceNode sequence)) {
      problems.at(lineOf(node), "'" + key + "' must be a list");
      return Optional.empty();
    }
    if (sequence.getValue().isEmpty()) {
      problems.at(lineOf(node), "'" + key + "' must not be empty");
      return Optional.empty();
    }
    return Optional.of(sequence.getValue());
  }

  /** The value of a list item that must be a single value. */
  static Optional<String> itemText(Node item, String list, FileProblems problems) {
    if (item instanceof ScalarNode scalar && !isNull(item)) {
      return Optional.of(scalar.getValue().strip());
    }
    problems.at(lineOf(item), "each item of '" + list + "' must be a single value");
    return Optional.empty();
  }

  private static boolean isNull(Node node) {
    return Tag.NULL.equals(node.getTag());
  }
}
