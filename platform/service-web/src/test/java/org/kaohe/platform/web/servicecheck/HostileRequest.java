package org.kaohe.platform.web.servicecheck;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
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
 * @param tells texts of the hostile input that an answer describing it (rather than echoing it)
 *     never holds, such as a run of an overlong value longer than a message quotes
 */
public record HostileRequest(
    String label,
    Expect expect,
    HttpMethod method,
    String rawPathAndQuery,
    String authorization,
    MediaType contentType,
    byte[] body,
    Map<String, String> headers,
    List<String> tells) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How long an answer may take: a 10 MB body on a machine busy with a whole build. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /** What the service must answer. */
  public enum Expect {
    /** A 4xx problem, or a report that refuses every item; nothing stored. */
    REFUSED,
    /** A 2xx answer, and a report that accepts every item. */
    ACCEPTED
  }

  public static HostileRequest get(
      String label, Expect expect, String pathAndQuery, String authorization) {
    return new HostileRequest(
        label,
        expect,
        HttpMethod.GET,
        pathAndQuery,
        authorization,
        null,
        null,
        Map.of(),
        List.of());
  }

  public static HostileRequest post(
      String label,
      Expect expect,
      String pathAndQuery,
      String authorization,
      MediaType contentType,
      byte[] body) {
    return new HostileRequest(
        label,
        expect,
        HttpMethod.POST,
        pathAndQuery,
        authorization,
        contentType,
        body,
        Map.of(),
        List.of());
  }

  public HostileRequest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HostileRequest(
        label, expect, method, rawPathAndQuery, authorization, contentType, body, more, tells);
  }

  public HostileRequest withMethod(HttpMethod other) {
    return new HostileRequest(
        label, expect, other, rawPathAndQuery, authorization, contentType, body, headers, tells);
  }

  public HostileRequest withAuthorization(String other) {
    return new HostileRequest(
        label, expect, method, rawPathAndQuery, other, contentType, body, headers, tells);
  }

  public HostileRequest withBody(MediaType type, byte[] newBody) {
    return new HostileRequest(
        label, expect, method, rawPathAndQuery, authorization, type, newBody, headers, tells);
  }

  public HostileRequest withLabel(String other) {
    return new HostileRequest(
        other, expect, method, rawPathAndQuery, authorization, contentType, body, headers, tells);
  }

  /** The request, whose answer must not hold this text of its input. */
  public HostileRequest withTell(String tell) {
    return new HostileRequest(
        label,
        expect,
        method,
        rawPathAndQuery,
        authorization,
        contentType,
        body,
        headers,
        Stream.concat(tells.stream(), Stream.of(tell)).toList());
  }

  @Override
  public String toString() {
    return label;
  }

  /**
   * Sends the request to the server at {@code baseUrl}, such as {@code http://127.0.0.1:8081}; a
   * request the server never answers is reported as status 0. An event stream is not read: its
   * status and type are the answer, and the connection is closed at once.
   */
  public Answer send(String baseUrl) {
    WebTestClient client =
        WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(PATIENCE).build();
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
      FluxExchangeResult<byte[]> result = ready.exchange().returnResult(byte[].class);
      MediaType type = result.getResponseHeaders().getContentType();
      if (type != null && type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)) {
        result.getResponseBody().subscribe().dispose();
        return new Answer(result.getStatus().value(), type, "");
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      List<byte[]> parts = result.getResponseBody().collectList().block(PATIENCE);
      if (parts != null) {
        parts.forEach(answer::writeBytes);
      }
      return new Answer(result.getStatus().value(), type, answer.toString(StandardCharsets.UTF_8));
    } catch (RuntimeException | AssertionError noAnswer) {
      return new Answer(0, null, String.valueOf(noAnswer.getMessage()));
    }
  }

  /** What came back. */
  public record Answer(int status, MediaType contentType, String body) {

    public boolean refusal() {
      return status >= 400 && status < 500;
    }

    public boolean success() {
      return status >= 200 && status < 300;
    }

    /** RFC 9457 problem+json, with the status of the answer and a detail that says something. */
    public boolean problem() {
      return contentType != null
          && contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          && node().path("detail").isString()
          && !node().path("detail").asString().isBlank()
          && node().path("status").asInt() == status;
    }

    public JsonNode node() {
      try {
        return JSON.readTree(body);
      } catch (RuntimeException notJson) {
        return MissingNode.getInstance();
      }
    }
  }
}
