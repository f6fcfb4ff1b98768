package org.kaohe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The scores in a JMH JSON result file, looked up by benchmark method and parameters. */
final class JmhResults {
  private final JsonNode runs;

  private JmhResults(JsonNode runs) {
    this.runs = runs;
  }

  static JmhResults read(Path file) throws IOException {
    return new JmhResults(JsonMapper.builder().build().readTree(file.toFile()));
  }

  /** The primary score of {@code Class.method} with these parameters, if it was run. */
  OptionalDouble score(String benchmark, Map<String, String> params) {
    return find(benchmark, params, null);
  }

  /** A secondary score, such as an auxiliary counter, of {@code Class.method}. */
  OptionalDouble secondary(String benchmark, String metric, Map<String, String> params) {
    return find(benchmark, params, metric);
  }

  /** The values a parameter of {@code Class.method} was run with, in the order they were run. */
  List<String> paramValues(String benchmark, String param) {
    List<String> values = new ArrayList<>();
    for (JsonNode run : runs) {
      String value = run.path("params").path(param).asText();
      if (run.path("benchmark").asText().endsWith("." + benchmark) && !values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private OptionalDouble find(String benchmark, Map<String, String> params, String metric) {
    for (JsonNode run : runs) {
      if (run.path("benchmark").asText().endsWith("." + benchmark) && matches(run, params)) {
        JsonNode result =
            metric == null ? run.path("primaryMetric") : run.path("secondaryMetrics").path(metric);
        return result.has("score")
            ? OptionalDouble.of(result.path("score").asDouble())
            : OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  private static boolean matches(JsonNode run, Map<String, String> params) {
    return params.entrySet().stream()
        .allMatch(p -> p.getValue().equals(run.path("params").path(p.getKey()).asText()));
  }
}
