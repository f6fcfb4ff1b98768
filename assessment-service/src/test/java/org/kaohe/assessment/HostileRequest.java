package org.kaohe.assessment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A request as a hostile client writes it, byte for byte: any method, an already encoded path and
 * query, any headers, any content type (or none) and any body, sent with the token of a role.
 *
 * @param label names the request in reports; it never holds the hostile bytes themselves, which may
 *     be control characters a report cannot carry
 * @param expect what the service must answer
 * @param authorization the {@code Authorization} header, or null for none
 */
public record HostileRequest(
    String label,
    Expect expect,
    HttpMethod method,
    String rawPathAndQuery,
    String authorization,
    MediaType contentType,
    byte[] body,
    Map<String, String> headers) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A report of a batch or an upload refuses or records each of its items on its own. */
  private static final List<String> ITEM_STATUSES = List.of("/items", "/rows");

  /** What the service must answer. */
  public enum Expect {
    /** A 4xx problem, or a report that refuses every item; nothing stored. */
    REFUSED,
    /** A 2xx answer, and a report that records every item. */
    ACCEPTED
  }

  static HostileRequest get(
      String label, Expect expect, String pathAndQuery, String authorization) {
    return new HostileRequest(
        label, expect, HttpMethod.GET, pathAndQuery, authorization, null, null, Map.of());
  }

  HostileRequest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HostileRequest(
        label, expect, method, rawPathAndQuery, authorization, contentType, body, more);
  }

  HostileRequest withBody(MediaType type, byte[] newBody) {
    return new HostileRequest(
        label, expect, method, rawPathAndQuery, authorization, type, newBody, headers);
  }

  @Override
  public String toString() {
    return label;
  }

  /**
   * Sends the request to the server at {@code baseUrl}, such as {@code http://127.0.0.1:8081}; a
   * request the server never answers is reported as status 0.
   */
  public Answer send(String baseUrl) {
    WebTestClient client =
        WebTestClient.bindToServer()
            .baseUrl(baseUrl)
            .responseTimeout(Duration.ofSeconds(5))
            .build();
    try {
      WebTestClient.RequestBodySpec spec =
          client
              .method(method)
              .uri(URI.create(baseUrl + rawPathAndQuery))
              .headers(
                  all -> {
                    if (authorization != null) {
                      all.set("Authorization", authorization);
                    }
                    headers.forEach(all::set);
                  });
      if (contentType != null) {
        spec.contentType(contentType);
      }
      WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.bodyValue(body);
      EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
      MediaType type = result.getResponseHeaders().getContentType();
      byte[] answer = result.getResponseBody();
      return new Answer(
          result.getStatus().value(),
          type,
          answer == null ? "" : new String(answer, StandardCharsets.UTF_8));
    } catch (RuntimeException | AssertionError noAnswer) {
      return new Answer(0, null, String.valueOf(noAnswer.getMessage()));
    }
  }

  /** What came back. */
  public record Answer(int status, MediaType contentType, String body) {

    boolean refusal() {
      return status >= 400 && status < 500;
    }

    boolean problem() {
      return contentType != null
          && contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          && node().path("detail").isString()
          && !node().path("detail").asString().isBlank()
          && node().path("status").asInt() == status;
    }

    /** The statuses of a batch's items or an upload's rows; empty for any other answer. */
    List<Integer> itemStatuses() {
      List<Integer> statuses = new ArrayList<>();
      for (String items : ITEM_STATUSES) {
        node().at(items).forEach(item -> statuses.add(item.path("status").asInt()));
      }
      return statuses;
    }

    JsonNode node() {
      try {
        return JSON.readTree(body);
      } catch (RuntimeException notJson) {
        return MissingNode.getInstance();
      }
    }
  }
}
