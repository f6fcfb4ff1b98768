package org.kaohe.benchmarks.survey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.tools.embedded.LocalTokens;

/**
 * The survey API through the gateway, as its users call it: the organization department (an
 * administrator here) defines, opens and closes the campaign, a survey team posts batches.
 */
final class SurveyApi {
  static final String CAMPAIGNS = "/api/survey/campaigns";
  static final String TEAM = "PROV-SURVEY";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;
  private final String admin = bearer("admin", null);
  private final String team = bearer("survey-team", TEAM);

  /** What the service said of a batch: its status and counts. */
  record BatchAnswer(int status, int stored, int refused, String body) {
    boolean wholeBatchStored(int size) {
      return status == 200 && stored == size && refused == 0;
    }
  }

  SurveyApi(String gatewayUrl) {
    this.baseUrl = gatewayUrl;
  }

  /** The surveyed units' codes, and the codes of the cities and counties among them. */
  record Units(List<String> all, List<String> citiesAndCounties) {}

  Units units() {
    List<String> all = codes(get("/api/survey/units"));
    List<String> local = new ArrayList<>(codes(get("/api/survey/units?category=CITY")));
    local.addAll(codes(get("/api/survey/units?category=COUNTY")));
    return new Units(all, local);
  }

  /**
   * Defines and opens a campaign of every surveyed unit, all assigned to one survey team: four
   * items on the four dimensions, three demographic dimensions, raking to sex and age everywhere
   * and to urban/rural in cities and counties, the default quota.
   */
  void defineAndOpen(String campaignId, Units units) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("campaignId", campaignId);
    definition.put("year", 2026);
    definition.put(
        "items",
        List.of(
            item("Q1", "gain", 1, 5, true),
            item("Q2", "happiness", 1, 5, true),
            item("Q3", "security", 0, 10, true),
            item("Q4", "satisfaction", 1, 5, false)));
    definition.put("minimumRequiredShare", 0.67);
    definition.put(
        "demographics",
        Map.of(
            "sex", List.of("F", "M"),
            "age", List.of("18-34", "35-54", "55plus"),
            "area", List.of("urban", "rural")));
    Map<String, Object> sexAndAge =
        Map.of(
            "sex", Map.of("F", 0.5, "M", 0.5),
            "age", Map.of("18-34", 0.3, "35-54", 0.4, "55plus", 0.3));
    definition.put("defaultTargets", sexAndAge);
    Map<String, Object> withArea = new LinkedHashMap<>(sexAndAge);
    withArea.put("area", Map.of("urban", 0.55, "rural", 0.45));
    Map<String, Object> targets = new LinkedHashMap<>();
    units.citiesAndCounties().forEach(unit -> targets.put(unit, withArea));
    definition.put("targets", targets);
    definition.put("fieldworkOpens", "2026-06-01T00:00:00Z");
    definition.put("fieldworkCloses", "2026-08-31T00:00:00Z");
    definition.put("teams", Map.of(TEAM, units.all()));
    expect(201, post(admin, CAMPAIGNS, "application/json", write(definition)), "define");
    expect(200, post(admin, CAMPAIGNS + "/" + campaignId + "/opening", null, ""), "open");
  }

  void close(String campaignId) {
    expect(200, post(admin, CAMPAIGNS + "/" + campaignId + "/closing", null, ""), "close");
  }

  /**
   * Posts a batch as a lean client does: the body's bytes made before, and of the report only the
   * counts read, which come before its lines.
   */
  BatchAnswer postBatch(String campaignId, byte[] ndjson) {
    HttpResponse<byte[]> response =
        send(
            post(
                team,
                CAMPAIGNS + "/" + campaignId + "/responses",
                "application/x-ndjson",
                HttpRequest.BodyPublishers.ofByteArray(ndjson)),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      return new BatchAnswer(
          response.statusCode(), 0, 0, new String(response.body(), StandardCharsets.UTF_8));
    }
    return counts(response.body());
  }

  private static BatchAnswer counts(byte[] report) {
    Integer stored = null;
    Integer refused = null;
    try (JsonParser parser = JSON.getFactory().createParser(report)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("a batch report is not a JSON object");
      }
      while ((stored == null || refused == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "stored" -> stored = parser.getIntValue();
          case "refused" -> refused = parser.getIntValue();
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored == null || refused == null) {
      throw new IllegalStateException("a batch report without its counts");
    }
    return new BatchAnswer(200, stored, refused, "");
  }

  private HttpResponse<String> post(String token, String path, String type, String body) {
    return send(post(token, path, type, HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest post(String token, String path, String type, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", token)
            .timeout(Duration.ofMinutes(5))
            .POST(body);
    if (type != null) {
      request.header("Content-Type", type);
    }
    return request.build();
  }

  private JsonNode get(String path) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", admin)
                .timeout(Duration.ofMinutes(1))
                .build());
    expect(200, response, "GET " + path);
    return read(response.body());
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void expect(int status, HttpResponse<String> response, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          what + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static List<String> codes(JsonNode units) {
    List<String> codes = new ArrayList<>();
    units.forEach(unit -> codes.add(unit.get("code").asText()));
    return codes;
  }

  private static Map<String, Object> item(
      String code, String dimension, int min, int max, boolean required) {
    return Map.of(
        "code", code,
        "text", "question " + code,
        "dimension", dimension,
        "min", min,
        "max", max,
        "required", required);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bearer(String role, String agency) {
    return "Bearer "
        + LocalTokens.mint(
            LocalTokens.DEFAULT_SECRET,
            "survey-load-driver",
            role,
            agency,
            Duration.ofHours(6),
            Clock.systemUTC());
  }
}
